import type { ExportAnnotation } from '../../src/export/model';
import { readsAsWritten } from '../../src/shared/figure-display';
import { formatValue } from '../views/shared/format';
import { RevealItem } from './RevealItem';

/** Each figure as written, then the value the engine read from it ("430 tỷ USD → 430 billion USD"). */
export function FigureList({ figures }: { figures: readonly ExportAnnotation[] }) {
  return (
    <>
      {figures.map((figure) => {
        const value = formatValue(figure.value, figure.unit, figure.valueTo);
        return (
          <li key={figure.iri} data-testid="figure" class="item item-row">
            <RevealItem next={() => figure}>
              <span class="item-main">{figure.quote}</span>
              {value && !readsAsWritten(value, figure.quote) && (
                <span class="item-value">
                  <span aria-hidden="true"> → </span>
                  {value}
                </span>
              )}
            </RevealItem>
          </li>
        );
      })}
    </>
  );
}
