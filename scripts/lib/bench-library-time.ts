/** Timing helpers of bench:library, shared by its insights and search parts. */

export async function time<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
