import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotices } from '../../src/content/notices.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { SECTIONS } from '../../src/content/notice-template.ts';
import { runNode } from '../support/run-node.ts';

const SCRIPT = join(import.meta.dirname, '../../scripts/new-notice.ts');

function emptyContent() {
  const content = join(mkdtempSync(join(tmpdir(), 'eu-vacancies-new-')), 'content');
  mkdirSync(join(content, 'vacancies'), { recursive: true });
  return content;
}

/** The day the notices below are written: 2 May 2024, in the morning in Brussels. */
const NOW = '2024-05-02T08:00:00Z';

/** npm run new with these flags and these typed answers, one a line. */
function run(content: string, flags: string[], answers = '') {
  return runNode([SCRIPT, '--content', content, ...flags], { input: answers, env: { ...process.env, EU_VACANCIES_NOW: NOW } });
}

const FLAGS = [
  '--reference',
  'DPO/2024/7',
  '--title',
  'Data Protection Officer: GDPR',
  '--staff-category',
  'temporary-agent',
  '--grade',
  'AD8',
  '--domain',
  'law',
  '--place',
  'Brussels',
  '--country',
  'BE',
  '--published',
  '2024-05-02',
  '--deadline',
  '2024-05-31T12:00',
  '--email',
  'jobs@example.eu',
];

describe('npm run new', () => {
  it('writes a notice named after its reference that the check accepts, with the usual sections to fill in', async () => {
    const content = emptyContent();
    const result = await run(content, FLAGS);
    expect(result.status, result.stderr).toBe(0);
    const file = join(content, 'vacancies/dpo-2024-7/index.en.md');
    expect(result.stdout).toContain('dpo-2024-7/index.en.md');

    const { notices, problems } = await loadNotices(content, content);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(notices[0]!.facts).toMatchObject({
      reference: 'DPO/2024/7',
      title: 'Data Protection Officer: GDPR',
      staffCategory: 'temporary-agent',
      domain: 'law',
      locations: [{ city: 'Brussels', country: 'BE' }],
      published: '2024-05-02',
      deadline: { iso: '2024-05-31T12:00:00+02:00' },
      apply: { email: 'jobs@example.eu', subject: 'DPO/2024/7' },
    });
    const text = readFileSync(file, 'utf8');
    for (const { heading } of SECTIONS) expect(text).toContain(`\n## ${heading}\n`);
    // Until written, each section is flagged, never published empty without a word.
    expect(problems.filter((problem) => problem.message.includes('has no text yet'))).toHaveLength(SECTIONS.length);
    expect(notices[0]!.versions[0]!.html).not.toContain('<!--');
  });

  it('refuses a reference that exists already and leaves that notice as it was', async () => {
    const content = emptyContent();
    await run(content, FLAGS);
    const file = join(content, 'vacancies/dpo-2024-7/index.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## About us\n', '## About us\n\nWe protect data.\n'));
    const before = readFileSync(file, 'utf8');
    const again = await run(
      content,
      FLAGS.map((flag) => (flag === 'Data Protection Officer: GDPR' ? 'Another title' : flag)),
    );
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('DPO/2024/7 exists already');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('says what is wrong with a flag in the words of the check, and writes nothing', async () => {
    const content = emptyContent();
    const result = await run(
      content,
      FLAGS.map((flag) => (flag === '2024-05-31T12:00' ? '31/05/2024' : flag)),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '--deadline "31/05/2024": "31/05/2024" is written day first. Expected a local date and time, year first, such as "2024-04-19T12:00"',
    );
    expect(existsSync(join(content, 'vacancies/dpo-2024-7'))).toBe(false);
  });

  it('checks a grade against the staff category given before it', async () => {
    const result = await run(
      emptyContent(),
      FLAGS.map((flag) => (flag === 'AD8' ? 'FGIV' : flag)),
    );
    expect(result.stderr).toContain('--grade "FGIV": function groups FGI to FGIV are for contract agents only.');
  });

  it('asks for what the flags do not give, and asks again after a wrong answer', async () => {
    const content = emptyContent();
    const answers = [
      'Temporary agent',
      'AD 17',
      'AD7',
      'ict',
      'Luxembourg',
      'lu',
      '19/06/2024',
      '2024-06-19T12:00',
      'jobs(at)example.eu',
      'https://example.eu/apply',
      '',
    ].join('\n');
    const result = await run(
      content,
      ['--reference', 'DIGIT/TA/2024/9', '--title', 'Cloud Engineer', '--published', '2024-05-02'],
      answers,
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('"AD 17" does not exist: AD grades go from AD5 to AD16.');
    expect(result.stdout).toContain('"19/06/2024" is written day first.');
    expect(result.stdout).toContain('has "jobs(at)example.eu", which is not accepted. Expected the e-mail address applications go to');
    const { notices } = await loadNotices(content, content);
    expect(notices[0]!.facts).toMatchObject({
      staffCategory: 'temporary-agent',
      locations: [{ city: 'Luxembourg', country: 'LU' }],
      apply: { url: 'https://example.eu/apply' },
    });
  });

  it('lists the missing flags when there is no one to answer, and writes nothing', async () => {
    const content = emptyContent();
    const result = await run(content, ['--reference', 'DIGIT/TA/2024/9']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Give it as a flag: --title');
    expect(existsSync(join(content, 'vacancies/digit-ta-2024-9'))).toBe(false);
  });

  it('starts a translation that records the fingerprint of the original it is made from', async () => {
    const content = emptyContent();
    await run(content, FLAGS);
    const result = await run(content, [
      '--translate',
      'DPO/2024/7',
      '--language',
      'fr',
      '--title',
      'Délégué à la protection des données',
      '--places',
      'Bruxelles',
    ]);
    expect(result.status, result.stderr).toBe(0);
    const { notices, problems } = await loadNotices(content, content);
    expect(notices[0]!.versions.map((version) => version.language)).toEqual(['en', 'fr']);
    const french = notices[0]!.versions[1]!;
    expect(french).toMatchObject({
      title: 'Délégué à la protection des données',
      places: ['Bruxelles'],
      translatedFrom: notices[0]!.fingerprint,
    });
    expect(
      problems.map(formatProblem).filter((message) => message.includes('index.fr.md') && !message.includes('has no text yet')),
    ).toEqual([]);
    expect((await run(content, ['--translate', 'DPO/2024/7', '--language', 'fr', '--title', 'x'])).stderr).toContain(
      'index.fr.md exists already',
    );
  });
});
