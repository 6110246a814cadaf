import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from '../src/store/live';

/**
 * The latest result of a Dexie query, re-run whenever the tables it read change (the
 * background writes while the popup is open). `undefined` until the first result.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('Newsmark popup:', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
