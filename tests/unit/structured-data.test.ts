import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Validator from '@adobe/structured-data-validator';
import { describe, expect, it } from 'vitest';
import { loadNotices, type Notice } from '../../src/content/notices.ts';
import { EMPLOYMENT_TYPES, jobPosting, jsonLdScriptContent, type JobPostingOptions } from '../../src/outputs/structured-data.ts';

const FACTS = {
  reference: 'DIGIT/COM/2024/461',
  title: 'IT Security Officer – AI Expert',
  organisation: 'CERT-EU',
  staffCategory: 'temporary-agent',
  legalBasis: '["2(b)"]',
  grade: 'AD5-AD7',
  domain: 'ict',
  locations: '[{ city: Brussels, country: BE }, { city: Luxembourg, country: LU }]',
  published: '"2024-03-28"',
  deadline: '"2024-04-19T12:00"',
  apply: '{ email: secretariat@cert.europa.eu }',
};

/** A notice read from Markdown as the build reads it; `changes` replace or (with undefined) remove facts. */
async function notice(changes: Record<string, string | undefined> = {}, translations: Record<string, string> = {}): Promise<Notice> {
  const dir = mkdtempSync(join(tmpdir(), 'eu-vacancies-jsonld-'));
  const folder = join(dir, 'vacancies', 'digit-com-2024-461');
  mkdirSync(folder, { recursive: true });
  const facts = Object.entries({ ...FACTS, ...changes }).filter(([, value]) => value !== undefined);
  writeFileSync(
    join(folder, 'index.en.md'),
    `---\n${facts.map(([key, value]) => `${key}: ${value}`).join('\n')}\n---\n\n## The post\n\nYou will <em>defend</em> the institutions.\n`,
  );
  for (const [language, text] of Object.entries(translations)) writeFileSync(join(folder, `index.${language}.md`), text);
  const { notices, problems } = await loadNotices(dir);
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return notices[0]!;
}

const options = (overrides: Partial<JobPostingOptions> = {}): JobPostingOptions => ({
  language: 'en',
  state: 'open',
  url: 'https://vacancies.cert.europa.eu/en/vacancies/digit-com-2024-461/',
  site: { organisation: 'CERT-EU', organisationUrl: 'https://cert.europa.eu/' },
  citizenship: 'Citizenship of a Member State of the European Union',
  ...overrides,
});

describe('the JobPosting of a notice', () => {
  it('carries the title, the text as HTML, the dates, the place and the reference as Google reads them', async () => {
    const posting = jobPosting(await notice(), options())!;
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'IT Security Officer – AI Expert',
      url: 'https://vacancies.cert.europa.eu/en/vacancies/digit-com-2024-461/',
      datePosted: '2024-03-28',
      validThrough: '2024-04-19T12:00:00+02:00',
      identifier: { '@type': 'PropertyValue', name: 'CERT-EU', value: 'DIGIT/COM/2024/461' },
      jobLocation: [
        { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Brussels', addressCountry: 'BE' } },
        { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Luxembourg', addressCountry: 'LU' } },
      ],
      directApply: true,
    });
    expect(posting.description).toContain('<h2 id="user-content-the-post">The post</h2>');
    expect(posting.description).toContain('<em>defend</em>');
    expect(posting.title).not.toContain('DIGIT/COM/2024/461');
  });

  it('passes the structured-data validator, with one place of employment or several', async () => {
    const errors = async (posting: object) =>
      (await new Validator().validate({ jsonld: { JobPosting: [posting] } })).filter((issue) => issue.severity === 'ERROR');
    const single = jobPosting(await notice({ locations: '[{ city: Brussels, country: BE }]' }), options())!;
    expect(single.jobLocation).toMatchObject({ '@type': 'Place' });
    expect(await errors(single)).toEqual([]);
    // The validator reads addressCountry only from a single jobLocation: each of several is checked on its own.
    const several = jobPosting(await notice(), options())!;
    expect(several.jobLocation).toHaveLength(2);
    for (const place of several.jobLocation as object[]) expect(await errors({ ...several, jobLocation: place })).toEqual([]);
    expect(await errors({ ...single, validThrough: undefined, datePosted: 'soon' })).not.toEqual([]);
  });

  it('gives the deadline as an instant with the offset of its time zone, in winter and in summer', async () => {
    expect(jobPosting(await notice({ deadline: '"2024-01-15T12:00"', published: '"2024-01-02"' }), options())!.validThrough).toBe(
      '2024-01-15T12:00:00+01:00',
    );
    expect(jobPosting(await notice({ deadline: '"2024-05-20T17:00"', timezone: 'Europe/Helsinki' }), options())!.validThrough).toBe(
      '2024-05-20T17:00:00+03:00',
    );
  });

  it('maps each staff category to Google employment types', async () => {
    expect(EMPLOYMENT_TYPES).toEqual({
      official: ['FULL_TIME'],
      'temporary-agent': ['FULL_TIME', 'TEMPORARY'],
      'contract-agent': ['FULL_TIME', 'TEMPORARY'],
      'seconded-national-expert': ['OTHER'],
      trainee: ['INTERN'],
    });
    const expert = await notice({ staffCategory: 'seconded-national-expert', grade: undefined, legalBasis: undefined });
    expect(jobPosting(expert, options())!.employmentType).toEqual(['OTHER']);
  });

  it("names the hiring organisation with its web site when it is the site's own, and without one otherwise", async () => {
    expect(jobPosting(await notice(), options())!.hiringOrganization).toEqual({
      '@type': 'Organization',
      name: 'CERT-EU',
      sameAs: 'https://cert.europa.eu/',
      url: 'https://cert.europa.eu/',
    });
    expect(jobPosting(await notice({ organisation: 'European Commission' }), options())!.hiringOrganization).toEqual({
      '@type': 'Organization',
      name: 'European Commission',
    });
    expect(jobPosting(await notice(), options({ site: { organisation: 'CERT-EU' } }))!.hiringOrganization).toEqual({
      '@type': 'Organization',
      name: 'CERT-EU',
    });
  });

  it('requires the citizenship of a Member State of officials, temporary and contract agents, and says nothing for trainees', async () => {
    expect(jobPosting(await notice(), options())!.eligibilityToWorkRequirement).toBe('Citizenship of a Member State of the European Union');
    const trainee = await notice({ staffCategory: 'trainee', grade: undefined, legalBasis: undefined });
    expect(jobPosting(trainee, options())).not.toHaveProperty('eligibilityToWorkRequirement');
    expect(jobPosting(trainee, options())).not.toHaveProperty('applicantLocationRequirements');
  });

  it('invents no publication date when the notice gives none', async () => {
    expect(jobPosting(await notice({ published: undefined }), options())).not.toHaveProperty('datePosted');
  });

  it('is in the language of the page, with the translated title and places', async () => {
    const translated = await notice(
      {},
      {
        fr: '---\ntitle: Responsable de la sécurité informatique\nplaces: [Bruxelles, Luxembourg]\n---\n\n## Le poste\n\nVous défendrez les institutions.\n',
      },
    );
    const posting = jobPosting(translated, options({ language: 'fr' }))!;
    expect(posting.title).toBe('Responsable de la sécurité informatique');
    expect(posting.description).toContain('Vous défendrez les institutions.');
    expect((posting.jobLocation as { address: { addressLocality: string } }[])[0]!.address.addressLocality).toBe('Bruxelles');
  });

  it("is left out of closed, withdrawn and cancelled notices, and of pages showing another language's version", async () => {
    expect(jobPosting(await notice(), options({ state: 'closed' }))).toBeUndefined();
    expect(jobPosting(await notice({ status: 'withdrawn' }), options())).toBeUndefined();
    expect(jobPosting(await notice({ status: 'cancelled' }), options())).toBeUndefined();
    expect(jobPosting(await notice(), options({ language: 'pl' }))).toBeUndefined();
    expect(jobPosting(await notice(), options({ state: 'closing-soon' }))).toBeDefined();
  });
});

describe('JSON-LD in a script element', () => {
  it('cannot be closed early by a title or body, and reads back as the same data', () => {
    const data = { title: 'Officer </script><script>alert(1)</script>', description: '<p>A & B</p><!-- x -->', line: 'a\u2028b' };
    const content = jsonLdScriptContent(data);
    expect(content).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(content)).toEqual(data);
  });
});
