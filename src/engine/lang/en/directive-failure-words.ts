/**
 * Words that open a failure to act ("if they fail to", "who breach the order"): trigger words of
 * the sanction reader (directive-sanctions.ts). Apart, so the trigger list and the reader can both
 * import it without a cycle.
 */
export const EN_FAILURE_WORDS: ReadonlySet<string> = new Set(
  'fail fails failing refuse refuses refusing violate violates breach breaches flout flouts defy defies'.split(
    ' ',
  ),
);
