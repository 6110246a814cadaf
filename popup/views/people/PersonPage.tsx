import type { NewsmarkDb } from '../../../src/store/db';
import { personPage } from '../../../src/store/insights/people';
import { t, tCount } from '../../i18n';
import { formatDay } from '../shared/format';
import { useInsights } from '../shared/use-insights';
import { ViewHeading } from '../shared/ViewHeading';

/** One person: offices over time, articles, directives issued, the officials named with them. */
export function PersonPage({
  db,
  personKey,
  onBack,
  onPerson,
  onOpenItem,
}: {
  db: NewsmarkDb;
  personKey: string;
  onBack: () => void;
  onPerson: (key: string) => void;
  onOpenItem: (pageUrl: string, annotationId: string) => void;
}) {
  // With the directives: the list's model is read without them.
  const model = useInsights(db, ['directives']);
  if (!model) return <p class="status">{t('loading')}</p>;
  const page = personPage(model, personKey);
  if (!page) return null;
  const span = (first: number, last: number) =>
    first === last ? formatDay(first) : `${formatDay(first)} – ${formatDay(last)}`;
  return (
    <section class="insights-view person-page" aria-label={page.person.name} data-testid="person-page">
      <ViewHeading text={t('insightsPeople')} />
      <button type="button" class="link-button" data-testid="person-back" onClick={onBack}>
        ← {t('insightsBack')}
      </button>
      <h2 class="person-name">{page.person.name}</h2>
      <h3>{t('insightsTimeline')}</h3>
      <ol class="insights-timeline" data-testid="person-titles">
        {page.timeline.map((s) => (
          <li key={s.title}>
            <span class="insights-name">{s.title}</span>{' '}
            <span class="insights-meta">{span(s.first, s.last)}</span>
          </li>
        ))}
      </ol>
      <h3>{t('insightsArticles')}</h3>
      <ul class="insights-links" data-testid="person-articles">
        {page.articles.map(({ article, annotationId }) => (
          <li key={article.url}>
            <button type="button" class="link-button" onClick={() => onOpenItem(article.url, annotationId)}>
              {article.title}
            </button>
            <span class="insights-meta">
              {article.site} · {formatDay(article.date)}
            </span>
          </li>
        ))}
      </ul>
      {page.directives.length > 0 && (
        <>
          <h3>{t('insightsDirectivesIssued')}</h3>
          <ul class="insights-links" data-testid="person-directives">
            {page.directives.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  class="link-button sentence-link"
                  onClick={() => onOpenItem(d.article.url, d.id)}
                >
                  {d.sentence}
                </button>
                <span class="insights-meta">{formatDay(d.article.date)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {page.namedWith.length > 0 && (
        <>
          <h3>{t('insightsNamedWith')}</h3>
          <ul class="insights-links" data-testid="person-named-with">
            {page.namedWith.map(({ person, shared }) => (
              <li key={person.key}>
                <button type="button" class="link-button" onClick={() => onPerson(person.key)}>
                  {person.name}
                </button>
                <span class="insights-meta">{tCount('insightsArticleCount', shared)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
