export declare function manifestFor(
  target: 'chromium' | 'firefox',
  manifest: Record<string, unknown>,
): Record<string, unknown>;
