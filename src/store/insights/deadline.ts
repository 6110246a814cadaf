/**
 * Deadlines of directives, from the date figures the engine found inside the directive's
 * sentence ("trước ngày 30/4" -> "--04-30", "by March 31" -> "--03-31"): a date is a deadline
 * when a deadline word comes right before it.
 */
const DEADLINE_CUE =
  /(?:trước|chậm nhất|muộn nhất|hạn chót|hạn|trong thời hạn|kể từ nay đến|by|before|no later than|not later than|until|ahead of|due)\s*(?:ngày|hết ngày|the|on)?\s*$/iu;

const DAY = 86_400_000;
/** A day and month without a year that falls this long before the article means next year. */
const PAST_SLACK = 60 * DAY;

/** True when `before` (the sentence up to the date) ends with a deadline word. */
export function endsWithDeadlineCue(before: string): boolean {
  return DEADLINE_CUE.test(before);
}

/**
 * A date figure's ISO value as a day (UTC ms), the year taken from the article when the text
 * gave none. A month alone ("2024-05") is its last day; a year or quarter alone is no deadline.
 */
export function resolveDeadline(value: string, articleDate: number): number | null {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (full) return Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3]));
  const monthOnly = /^(\d{4})-(\d{2})$/.exec(value);
  if (monthOnly) return Date.UTC(Number(monthOnly[1]), Number(monthOnly[2]), 0);
  const dayMonth = /^--(\d{2})-(\d{2})$/.exec(value);
  if (!dayMonth || !Number.isFinite(articleDate)) return null;
  const year = new Date(articleDate).getUTCFullYear();
  const month = Number(dayMonth[1]) - 1;
  const day = Number(dayMonth[2]);
  const same = Date.UTC(year, month, day);
  return same < articleDate - PAST_SLACK ? Date.UTC(year + 1, month, day) : same;
}

/** Whole days from the article's date to the deadline (negative: the deadline was before it). */
export function daysAfter(deadline: number, articleDate: number): number {
  const articleDay = Date.UTC(
    new Date(articleDate).getUTCFullYear(),
    new Date(articleDate).getUTCMonth(),
    new Date(articleDate).getUTCDate(),
  );
  return Math.round((deadline - articleDay) / DAY);
}

/** Monday 00:00 UTC to the next Monday of the week holding `now`. */
export function weekOf(now: number): { from: number; to: number } {
  const date = new Date(now);
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const from = day - ((date.getUTCDay() + 6) % 7) * DAY;
  return { from, to: from + 7 * DAY };
}
