/**
 * English directive cue lexicons (from the directive-cues reference): reporting verbs of ordering
 * (need an authority as agent) and deontic modals. The Vietnamese ones are in vi-directive-cues.ts.
 */

/** English ordering verbs (with the object pattern they need). */
export const EN_SPEECH_CUES =
  /\b(?:ordered|orders|ordering|directed|directs|instructed|instructs|urged|urges|urging|called on|calls on|called upon|calls upon|demanded|demands|commanded|mandated|tasked|banned|bans|barred|prohibited|forbade|suspended|(?:told|asked|required|pressed|warned) (?:[\p{L}'’-]+ ){1,5}(?:not )?to)\b/u;

/**
 * Every word that can start an English cue or obligation above: a sentence without one of them
 * cannot be a directive, so the regexes run only on sentences that hold one.
 */
export const EN_TRIGGER_WORDS: ReadonlySet<string> = new Set(
  (
    'ordered orders ordering directed directs instructed instructs urged urges urging called calls demanded ' +
    'demands commanded mandated tasked banned bans barred prohibited forbade suspended told asked required ' +
    'pressed warned must shall obliged obligated forbidden'
  ).split(' '),
);

/** English subjects that are not authorities ("protesters called on ..."). */
export const EN_NON_AUTHORITY =
  /\b(?:protesters|crowds?|critics|activists|analysts|investors|residents|fans|voters|campaigners|demonstrators)\b/iu;

/** English bodies that can order ("the ministry", "the court", "a martial law proclamation"). */
export const EN_BODY =
  /\b(?:(?:the )?(?:Ministry|Department|Government|government|ministry|court|Court|administration|Administration|Pentagon|White House|Commission|Council|council|police|decree|proclamation|order|agency|Agency|military|army|Senate|Congress|Parliament|parliament|cabinet|Cabinet)(?: of(?: (?:and |the |for )?[\p{Lu}][\p{L}]*)+)?)\b/u;

/** English obligations an authority places ("must", "are required to", "are barred from"). */
export const EN_OBLIGATION =
  /\b(?:must|shall|(?:is|are|will be) (?:required|obliged|obligated|ordered|directed) to|(?:is|are|will be) (?:banned|barred|prohibited|forbidden) from)\b/u;

/** First-person or hedged subjects: a wish or a view, not an obligation on an addressee. */
export const EN_NOT_ADDRESSEE = /^(?:we|i|you|one|it|this|that|there)$/iu;

/** A closing attribution: ", the ministry said in a statement." / ", Whitfield said." */
export const EN_ATTRIBUTION =
  /,\s*(?:["”]\s*)?([^,]{1,80}?)\s+(?:said|says|announced|stated|ruled|decreed|wrote)\b[^,]*$/u;
