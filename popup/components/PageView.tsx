import type { ComponentChildren } from 'preact';
import { toMarkdown } from '../../src/export/markdown';
import type { ExportDocument } from '../../src/export/model';
import { byKind, summariseOfficials } from '../../src/export/summary';
import { downloadText, slugify } from '../download';
import { t } from '../i18n';
import { CategoryCounts } from './CategoryCounts';
import { DirectiveList } from './DirectiveList';
import { FigureList } from './FigureList';
import { OfficialList } from './OfficialList';
import { Section } from './Section';

/** One page's notes: title, counts, the three categories, the reader's section, and the export action. */
export function PageView({ doc, reader }: { doc: ExportDocument; reader?: ComponentChildren }) {
  const auto = doc.annotations.filter((a) => a.origin === 'auto');
  const officials = summariseOfficials(auto);
  const figures = byKind(auto, 'figure');
  const directives = byKind(auto, 'directive');
  const title = doc.page.title ?? doc.page.url;
  const exportMarkdown = () =>
    downloadText(`${slugify(title)}.md`, toMarkdown(doc), 'text/markdown;charset=utf-8');

  return (
    <div class="page-view">
      <header class="page-header">
        <h1 data-testid="page-title" title={doc.page.url}>
          {title}
        </h1>
        {doc.page.site && <p class="site">{doc.page.site}</p>}
      </header>
      <CategoryCounts
        counts={{ official: officials.length, figure: figures.length, directive: directives.length }}
      />
      <Section kind="official" count={officials.length}>
        <OfficialList officials={officials} mentions={byKind(auto, 'official')} />
      </Section>
      <Section kind="figure" count={figures.length}>
        <FigureList figures={figures} />
      </Section>
      <Section kind="directive" count={directives.length}>
        <DirectiveList directives={directives} />
      </Section>
      {reader}
      <footer class="actions">
        <button type="button" data-testid="export-md" onClick={exportMarkdown}>
          {t('exportMarkdown')}
        </button>
      </footer>
    </div>
  );
}
