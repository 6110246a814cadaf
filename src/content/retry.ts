/**
 * Asks `attempt` up to `attempts` times, waiting a little longer before each retry, until it
 * gives a value (not null). The background may be a service worker the browser stopped
 * mid-request (its reply never comes); asking again starts it.
 */
export async function withRetries<T>(
  attempt: () => Promise<T | null>,
  attempts = 3,
  delayMs = 250,
): Promise<T | null> {
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await new Promise((done) => setTimeout(done, delayMs * i));
    const value = await attempt().catch(() => null);
    if (value !== null) return value;
  }
  return null;
}
