import type { ExportAnnotation } from '../../src/export/model';
import { formatFigureValue } from '../../src/export/summary';
import { RevealItem } from './RevealItem';

/** Each figure as written, then the value the engine read from it ("430 tỷ USD → 430,000,000,000 USD"). */
export function FigureList({ figures }: { figures: readonly ExportAnnotation[] }) {
  return (
    <>
      {figures.map((figure) => {
        const value = formatFigureValue(figure);
        return (
          <li key={figure.iri} data-testid="figure" class="item item-row">
            <RevealItem next={() => figure}>
              <span class="item-main">{figure.quote}</span>
              {value && value !== figure.quote && (
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
