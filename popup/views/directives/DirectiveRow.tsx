import { daysAfter } from '../../../src/store/insights/deadline';
import type { DirectiveItem } from '../../../src/store/insights/model';
import { t } from '../../i18n';
import { formatDay } from '../shared/format';

/** One directive: its sentence, who gave it to whom, the article, and the due date if any. */
export function DirectiveRow({ item }: { item: DirectiveItem }) {
  const { article, deadline } = item;
  return (
    <div class="insights-row directive-row" data-testid="directive" data-id={item.id}>
      <span class="insights-sentence">{item.sentence}</span>
      {/* One line, cut at its end: the date and site first, as the issuer often heads the group. */}
      <span class="insights-meta">
        {formatDay(article.date)} · {article.site} · {item.issuer || t('insightsUnnamed')}
        {item.addressee && ` → ${item.addressee}`}
      </span>
      {deadline !== null && (
        <span class="insights-due" data-testid="directive-due">
          {t('insightsDue', formatDay(deadline), String(daysAfter(deadline, article.date)))}
        </span>
      )}
    </div>
  );
}
