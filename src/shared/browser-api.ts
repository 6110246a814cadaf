/**
 * The extension API object: Firefox exposes promise-based `browser`, Chromium `chrome`
 * (whose MV3 calls also return promises). Typed with the chrome typings both share.
 */
export const ext: typeof chrome =
  (globalThis as unknown as { browser?: typeof chrome }).browser ?? globalThis.chrome;
