/** True for a full disk, whether IndexedDB's DOMException or Dexie's wrapper of it. */
export function isQuotaError(error: unknown): boolean {
  const named = (e: unknown): boolean =>
    typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'QuotaExceededError';
  return named(error) || named((error as { inner?: unknown } | null)?.inner);
}

/** Why a write failed, in words a reader can act on. */
export function describeWriteError(error: unknown): string {
  if (isQuotaError(error)) return 'storage is full';
  return error instanceof Error ? error.message : String(error);
}
