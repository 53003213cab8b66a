import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/browser/languages.ts';
import { loadNotices } from '../../src/content/notices.ts';
import { runNode } from '../support/run-node.ts';

describe('npm run translations', () => {
  const PROJECT = join(import.meta.dirname, '../..');
  const BASIC = join(PROJECT, 'tests/fixtures/basic/content');
  const run = (...flags: string[]) =>
    runNode(['scripts/translations.ts', ...flags], { cwd: PROJECT, env: { ...process.env, EU_VACANCIES_CONTENT: BASIC } });

  it('prints the notices against the 24 languages, and what to do about an outdated translation', async () => {
    const { notices } = await loadNotices(BASIC, PROJECT);
    const fingerprint = notices.find((notice) => notice.slug === 'epso-ad-2024-101')!.fingerprint;
    const { stdout, status } = await run();
    expect(status).toBe(0);
    expect(stdout).toContain(`                     ${LANGUAGES.join(' ')}`);
    expect(stdout).toMatch(/EPSO\/AD\/2024\/101 {6}· {2}· {2}· {2}· {2}! {2}O {2}· {2}· {2}· {2}✓/);
    expect(stdout).toContain(`EPSO/AD/2024/101 index.el.md: update it from index.en.md, then set translatedFrom: ${fingerprint}`);
    expect(stdout).toContain('All 23 languages have every string of English, translated.');
  });

  it('prints the fingerprint a translation of the current original gets', async () => {
    const { notices } = await loadNotices(BASIC, PROJECT);
    expect((await run('--fingerprint', 'EPSO/AD/2024/101')).stdout.trim()).toBe(
      notices.find((notice) => notice.slug === 'epso-ad-2024-101')!.fingerprint,
    );
    expect((await run('--fingerprint', 'NOPE/1')).status).toBe(1);
  });
});
