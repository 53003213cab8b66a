/** axe-core in a page or a frame: the WCAG 2.2 A and AA violations it finds, as lines a reader of a failed test can act on. */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { PROJECT } from './fixture-sites.ts';

const AXE = readFileSync(`${PROJECT}/node_modules/axe-core/axe.min.js`, 'utf8');
const WCAG_2_2_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Loaded from an address, not inlined, so Chromium keeps it compiled from one page to the next.
const AXE_ADDRESS = '/__axe-core.js';
const served = new WeakSet<BrowserContext>();

async function serveAxe(context: BrowserContext) {
  if (served.has(context)) return;
  served.add(context);
  await context.route(`**${AXE_ADDRESS}`, (route) =>
    route.fulfill({ body: AXE, contentType: 'text/javascript', headers: { 'cache-control': 'max-age=3600' } }),
  );
}

type Run = { type: 'tag' | 'rule'; values: string[] };

/**
 * Every violation in the page as it is now, then, when `dark` is set, in the dark scheme too. Only colours
 * change with the scheme, so the dark pass runs the contrast rule alone. The page's own Content-Security-Policy
 * forbids the injected script: its context must bypass it.
 */
export async function axeViolations(target: Page | Frame, { dark = false } = {}): Promise<string[]> {
  await serveAxe('page' in target ? target.page().context() : target.context());
  await target.addScriptTag({ url: AXE_ADDRESS });
  const found = await run(target, { type: 'tag', values: WCAG_2_2_AA });
  if (!dark || !('emulateMedia' in target)) return found;
  await target.emulateMedia({ colorScheme: 'dark' });
  const inDark = await run(target, { type: 'rule', values: ['color-contrast'] });
  await target.emulateMedia({ colorScheme: 'light' });
  return [...found, ...inDark.map((line) => `(dark) ${line}`)];
}

function run(target: Page | Frame, runOnly: Run): Promise<string[]> {
  return target.evaluate(async (runOnly) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, runOnly);
}
