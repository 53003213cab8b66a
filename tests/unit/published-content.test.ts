import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED } from '../support/fixture-sites.ts';
import { loadNotices } from '../../src/content/notices.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { gradeLabel, gradesOf } from '../../src/content/grade.ts';

const PROJECT = join(import.meta.dirname, '../..');

// content/ belongs to the recruiters: the tests hold it to what the build holds it to, and to nothing more, so that
// publishing, correcting or removing a notice fails no test. What is tested of a real notice is tested on the seed
// fixture, a copy of the content the project was published with.
describe('the content of this site', () => {
  it('has no error that would stop the build (a warning is for the recruiter, not a failure of the code)', async () => {
    const { problems } = await loadNotices(join(PROJECT, 'content'), PROJECT);
    expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
  });
});

describe('the seed notice, as the project was published with it', () => {
  it('holds the seed notice DIGIT/COM/2024/461 with every fact exact', async () => {
    const { notices } = await loadNotices(SEED.content, PROJECT);
    const notice = notices.find((candidate) => candidate.facts.reference === 'DIGIT/COM/2024/461');
    expect(notice?.slug).toBe('digit-com-2024-461');
    const facts = notice!.facts;
    expect(facts.title).toBe('IT Security Officer – AI Expert');
    expect(facts.organisation).toBe('European Commission');
    expect(facts.service).toBe('DIGIT CERT-EU');
    expect(facts.staffCategory).toBe('temporary-agent');
    expect(facts.legalBasis).toEqual(['2(b)', '2(d)']);
    expect(gradesOf(facts.grade!).map(gradeLabel)).toEqual(['AD5', 'AD6', 'AD7']);
    expect(facts.grade!.kind).toBe('range');
    expect(facts.locations).toEqual([{ city: 'Brussels', country: 'BE' }]);
    expect(facts.deadline.iso).toBe('2024-04-19T12:00:00+02:00');
    expect(facts.contractDuration).toEqual({ minYears: 1, maxYears: 3 });
    expect(facts.probationMonths).toBe(9);
    expect(facts.securityClearance).toBe('EU SECRET');
    expect(facts.apply).toEqual({ email: 'secretariat@cert.europa.eu', subject: 'DIGIT/COM/2024/461' });
    expect(notice!.original).toBe('en');
    expect(notice!.versions.map((version) => version.language)).toEqual(['en', 'de', 'fr']);
  });

  it('keeps the seed notice whole: employer, post, profile, application, eligibility, selection, conditions', async () => {
    const { notices } = await loadNotices(SEED.content, PROJECT);
    const html = notices[0]!.versions[0]!.html;
    for (const heading of [
      'About us',
      'The post',
      'What we look for',
      'How to apply',
      'Eligibility',
      'Selection',
      'Recruitment and conditions',
    ]) {
      expect(html).toContain(`>${heading}</h2>`);
    }
    for (const fact of [
      'C1',
      'B2',
      'citizen of a Member State',
      'at least 3 years',
      'EU SECRET',
      'one single PDF',
      'secretariat@cert.europa.eu',
      '9-month probationary period',
      'Irish (GA)',
      'Maltese (MT)',
    ]) {
      expect(html).toContain(fact);
    }
  });
});
