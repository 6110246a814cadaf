import type { ExportAnnotation } from '../../src/export/model';
import { t } from '../i18n';
import { RevealItem } from './RevealItem';

export function DirectiveList({ directives }: { directives: readonly ExportAnnotation[] }) {
  return (
    <>
      {directives.map((directive) => (
        <li key={directive.iri} data-testid="directive" class="item">
          <RevealItem next={() => directive}>
            <q class="item-quote">{directive.quote}</q>
            <span class="item-meta">
              {directive.issuer ? t('issuedBy', directive.issuer) : t('issuerUnknown')}
            </span>
          </RevealItem>
        </li>
      ))}
    </>
  );
}
