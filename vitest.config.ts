import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/unit/setup/extension-global.ts'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
