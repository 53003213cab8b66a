import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASIC, PROJECT } from '../support/fixture-sites.ts';
import { runNode } from '../support/run-node.ts';

// The content check refuses these builds before Astro starts: they need not wait for the fixture sites' builds to finish.
const runBuild = (env: Record<string, string>) =>
  runNode(['scripts/build.ts'], { cwd: PROJECT, env: { ...process.env, EU_VACANCIES_QUIET: '1', ...env } });

describe('a build of broken content', () => {
  it('fails, names the file, the field and what is expected, and leaves the previous site untouched', async () => {
    const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-failed-'));
    const content = join(work, 'content');
    cpSync(BASIC.content, content, { recursive: true });
    cpSync(
      join(PROJECT, 'tests/fixtures/bad-notices/grade-that-does-not-exist/vacancies/dpo-2024-1'),
      join(content, 'vacancies/dpo-2024-1'),
      { recursive: true },
    );
    const out = join(work, 'dist');
    mkdirSync(join(out, 'en'), { recursive: true });
    writeFileSync(join(out, 'en', 'index.html'), 'the site as it was');

    const result = await runBuild({ EU_VACANCIES_CONTENT: content, EU_VACANCIES_OUT: out });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'vacancies/dpo-2024-1/index.en.md:5 grade: "AD 17" does not exist: AD grades go from AD5 to AD16. Expected an EU grade',
    );
    expect(result.stderr).toContain('was not changed');
    expect(readFileSync(join(out, 'en', 'index.html'), 'utf8')).toBe('the site as it was');
    expect(readdirSync(out)).toEqual(['en']);
    expect(readdirSync(work).sort()).toEqual(['content', 'dist']);
  });

  it('refuses a document that is a symbolic link, as the check does, and publishes nothing of its target', async () => {
    const work = mkdtempSync(join(tmpdir(), 'eu-vacancies-failed-'));
    const content = join(work, 'content');
    cpSync(BASIC.content, content, { recursive: true });
    symlinkSync('/etc/passwd', join(content, 'vacancies/digit-ast-2024-202/passwd.pdf'));
    const out = join(work, 'dist');

    const result = await runBuild({ EU_VACANCIES_CONTENT: content, EU_VACANCIES_OUT: out });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('vacancies/digit-ast-2024-202/passwd.pdf "passwd.pdf" is a symbolic link to /etc/passwd.');
    expect(existsSync(out)).toBe(false);
  });
});
