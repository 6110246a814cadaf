/** A place where the article names an official: the highlighted span and the person's name there. */
export interface Mention {
  start: number;
  end: number;
  /** The name as written at this mention. */
  name: string;
  /** Titles attached at this mention (empty for a later short mention). */
  titles: string[];
}
