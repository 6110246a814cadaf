/** Defines `key` on `target` as `build()`, run on the first read and kept. */
export function lazily<T extends object, K extends keyof T>(target: T, key: K, build: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = build();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false });
      return value;
    },
  });
}

/** `build()` run on the first call, its value kept for the later ones. */
export function once<T>(build: () => T): () => T {
  let held: { value: T } | undefined;
  return () => {
    held ??= { value: build() };
    return held.value;
  };
}
