import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    globalSetup: ['./tests/global-setup.ts'],
    restoreMocks: true,
    // The CLI tests start real processes; give a loaded 2-core CI machine room.
    testTimeout: 30_000,
  },
});
