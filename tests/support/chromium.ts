/**
 * The one Chromium of a test run: Debian's, never a downloaded one, started by the
 * browser project's global setup and shared by every browser test file, each in
 * contexts of its own.
 */
import type { LaunchOptions } from 'playwright-core';
import { CHROMIUM } from '../../scripts/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files connect to the shared Chromium (BrowserServer.wsEndpoint()). */
    chromiumEndpoint: string;
  }
}

/** As scripts/chromium.ts launches it for the bench and the guide's screenshots. */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
