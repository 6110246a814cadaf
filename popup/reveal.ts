import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Scrolls the shown tab to the article text [start, end) and flashes it; resolves whether it could. */
export type Reveal = (start: number, end: number) => Promise<boolean>;

/** Null when no tab shows the page (a page pinned by ?url=, unit tests): items are then plain text. */
export const RevealContext = createContext<Reveal | null>(null);

export function useReveal(): Reveal | null {
  return useContext(RevealContext);
}
