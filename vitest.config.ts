import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'popup/**/*.test.ts',
      'popup/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
    ],
    environment: 'node',
    setupFiles: ['tests/unit/setup/extension-global.ts'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
