import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode } from '../support/run-node.ts';

const PROJECT = join(import.meta.dirname, '../..');
const SCRIPTS = join(PROJECT, 'scripts');
/** Modules the scripts share, which nobody runs. */
const LIBRARIES = ['cli.ts', 'chromium.ts'];
const ENTRY_POINTS = readdirSync(SCRIPTS).filter((name) => /\.(ts|mjs)$/.test(name) && !LIBRARIES.includes(name));

/** A line of a stack trace: "    at readdirSync (node:fs:1630:26)". */
const STACK_LINE = /^\s+at .+[(:]\d+/m;

function run(script: string, args: string[], content?: string, env: Record<string, string> = {}) {
  const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-script-'));
  return runNode([join(SCRIPTS, script), ...args], {
    cwd: work,
    env: {
      PATH: process.env.PATH,
      ...(content && { EU_VACANCIES_CONTENT: content, EU_VACANCIES_OUT: join(work, 'dist') }),
      ...env,
    },
  });
}

describe('every script', () => {
  it('is among those this test knows', () => {
    expect(ENTRY_POINTS.sort()).toEqual([
      'bench.ts',
      'build.ts',
      'check-content.ts',
      'cms-config.ts',
      'guide-screenshots.ts',
      'new-notice.ts',
      'notice-schema.ts',
      'require-node.mjs',
      'serve.ts',
      'test.ts',
      'translations.ts',
      'typecheck.ts',
    ]);
  });

  it.each(ENTRY_POINTS)('%s answers --help with a line of usage and its options, and does nothing else', async (script) => {
    const { status, stdout, stderr } = await run(script, ['--help']);
    expect(status, stderr).toBe(0);
    expect(stdout).toMatch(/^Usage: /);
    expect(stdout).toMatch(/--help/);
    expect(stderr).toBe('');
  });

  it.each(ENTRY_POINTS.filter((script) => script !== 'require-node.mjs'))(
    '%s refuses a flag it does not know with its usage, not a stack trace',
    async (script) => {
      const { status, stdout, stderr } = await run(script, ['--hepl']);
      expect(status).toBe(2);
      expect(stderr).toMatch(/Unknown option '--hepl'[\s\S]*Usage: /);
      expect(stdout + stderr).not.toMatch(STACK_LINE);
    },
  );
});

describe('what once gave a stack trace', () => {
  const withoutVacancies = () => {
    const content = mkdtempSync(join(tmpdir(), 'eu-vacancies-no-vacancies-'));
    writeFileSync(join(content, 'site.yaml'), 'organisation: Test Institution\n');
    return content;
  };
  const withBrokenLink = () => {
    const content = mkdtempSync(join(tmpdir(), 'eu-vacancies-broken-link-'));
    cpSync(join(PROJECT, 'tests/fixtures/bad-notices/notice-without-translation'), content, { recursive: true });
    writeFileSync(join(content, 'site.yaml'), 'organisation: Test Institution\n');
    symlinkSync('missing.md', join(content, 'vacancies/dpo-2024-1/index.fr.md'));
    mkdirSync(join(content, 'vacancies/dpo-2024-2'));
    symlinkSync('nowhere.md', join(content, 'vacancies/dpo-2024-2/index.en.md'));
    return content;
  };

  it.each([
    ['check-content.ts', []],
    ['build.ts', []],
  ])('%s names a content folder without vacancies/ and what to do', async (script, args) => {
    const content = withoutVacancies();
    const { status, stdout, stderr } = await run(script, args, content);
    expect(status).toBe(1);
    expect(stdout + stderr).toMatch(/has no folder "vacancies"\. Expected the notices in .*vacancies\/, a folder for each/);
    expect(stdout + stderr).not.toMatch(STACK_LINE);
  });

  it.each([
    ['translations.ts', []],
    ['new-notice.ts', ['--translate', 'DPO/2024/1', '--language', 'de', '--title', 'Datenschutzbeauftragter']],
  ])('%s goes on, or stops with a message, without vacancies/', async (script, args) => {
    const { stdout, stderr } = await run(script, args, withoutVacancies());
    expect(stdout + stderr).not.toMatch(STACK_LINE);
  });

  it.each([
    ['check-content.ts', [], 1],
    ['build.ts', [], 1],
    ['translations.ts', [], 0],
    ['new-notice.ts', ['--translate', 'DPO/2024/1', '--language', 'de', '--title', 'Datenschutzbeauftragter'], 0],
    ['new-notice.ts', ['--reference', 'DPO/2024/1'], 1],
  ])('%s %j names a broken symbolic link in a notice folder, or passes it by', async (script, args, expected) => {
    const { status, stdout, stderr } = await run(script, args, withBrokenLink());
    expect(status, stdout + stderr).toBe(expected);
    expect(stdout + stderr).not.toMatch(STACK_LINE);
    if (script !== 'new-notice.ts' && script !== 'translations.ts')
      expect(stdout + stderr).toContain('"index.en.md" is a symbolic link to nowhere.md');
  });

  it('npm run translations -- --help prints its usage', async () => {
    const { status, stdout } = await run('translations.ts', ['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('--fingerprint REFERENCE');
  });

  it('a failure the script does not catch is one message saying what to do', async () => {
    const { status, stderr } = await run('check-content.ts', [], withBrokenLink(), { EU_VACANCIES_NOW: 'yesterday' });
    expect(status).toBe(1);
    expect(stderr).toContain('npm run check stopped: EU_VACANCIES_NOW="yesterday" is not an ISO 8601 instant');
    expect(stderr).toContain('What to do: ');
    expect(stderr).not.toMatch(STACK_LINE);
  });
});
