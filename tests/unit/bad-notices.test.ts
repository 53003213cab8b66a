import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { loadNotices } from '../../src/content/notices.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { SALARY_GRID } from '../../src/site/pay.ts';

const BAD = join(import.meta.dirname, '../fixtures/bad-notices');

/** Each folder of tests/fixtures/bad-notices is a recruiter's mistake; this is what they must be told. */
const EXPECTED_MESSAGES: Record<string, string[]> = {
  'application-address-as-text': [
    'error: vacancies/dpo-2024-1/index.en.md:12 apply: has "jobs@example.eu", which is not accepted. Expected how to apply as a group of lines: "apply:", then indented below it "email: jobs@example.eu" (and "subject: …" if not the reference), or "url: https://…".',
  ],
  'attachment-name-with-spaces': [
    'error: vacancies/dpo-2024-1/Application form.pdf the file name "Application form.pdf" cannot be used in an address. Expected a file name in lower-case letters, digits and hyphens, such as application-form.pdf.',
  ],
  'attachment-of-unknown-type': [
    'error: vacancies/dpo-2024-1/documents.zip "documents.zip" is not a kind of document the site publishes. Expected a document of one of these types: pdf, docx, doc, odt, rtf, xlsx, xls, ods, pptx, ppt, odp, png, jpg, jpeg (a language version is named index, its language code and .md, such as index.fr.md).',
  ],
  'both-email-and-url': [
    'error: vacancies/dpo-2024-1/index.en.md:12 apply: gives both an e-mail address and a web page: keep the one candidates should use. Expected how to apply as a group of lines: "apply:", then indented below it "email: jobs@example.eu" (and "subject: …" if not the reference), or "url: https://…".',
  ],
  'broken-yaml': [
    'error: vacancies/dpo-2024-1/index.en.md:3 the frontmatter cannot be read here: a value has a colon followed by a space, or a line is indented further than the field above it. Expected text with a colon in quotes, such as title: "Data Protection: Officer", and the lines of a group indented by the same spaces.',
  ],
  'content-without-vacancies-folder': [
    'error: . has no folder "vacancies". Expected the notices in vacancies/, a folder for each (an empty folder for a site without vacancies); or EU_VACANCIES_CONTENT set to the content folder that has them.',
  ],
  'contract-grade-for-temporary-agent': [
    'error: vacancies/dpo-2024-1/index.en.md:5 grade: function groups FGI to FGIV are for contract agents only. Expected an EU grade (AD5–AD16, AST1–AST11, AST/SC1–AST/SC6 or FGI–FGIV), a range such as AD5-AD7 or a list such as [AD5, AD7].',
  ],
  'corrigendum-date-written-day-first': [
    'error: vacancies/dpo-2024-1/index.en.md:15 corrigenda.date: has "10/04/2024", which is not accepted. Expected the date of the correction in quotes, year first, such as "2024-04-10".',
  ],
  'corrigendum-without-text': [
    'error: vacancies/dpo-2024-1/index.en.md:15 corrigenda.text: is missing. Expected a list of dated corrections, such as [{ date: "2024-04-10", text: "The deadline was extended to 26 April 2024." }].',
  ],
  'country-written-as-a-name': [
    'error: vacancies/dpo-2024-1/index.en.md:9 locations.country: "Belgium" is not a two-letter country code. Expected the two-letter code of the country in capitals, such as BE for Belgium or LU for Luxembourg.',
  ],
  'deadline-at-hour-24': [
    'error: vacancies/dpo-2024-1/index.en.md:11 deadline: "2024-04-19T24:00" has the hour 24, which clocks never show: the day ends at 23:59. Expected a local date and time in quotes, year first, such as "2024-04-19T12:00" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).',
  ],
  'deadline-at-midnight': [
    'warning: vacancies/dpo-2024-1/index.en.md:11 deadline: 2024-04-19T00:00 is midnight at the very start of 2024-04-19: applications close when 2024-04-18 ends, and readers may take it for the end of 2024-04-19. Expected "2024-04-18T23:59" if applications close at the end of 2024-04-18, or a time during the day such as "2024-04-19T12:00".',
  ],
  'deadline-before-publication': [
    'error: vacancies/dpo-2024-1/index.en.md:11 deadline: 2024-04-19T12:00 is not after the publication date 2024-05-01. Expected a local date and time in quotes, year first, such as "2024-04-19T12:00" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).',
  ],
  'deadline-in-curly-quotes': [
    'error: vacancies/dpo-2024-1/index.en.md:11 deadline: the date is in curly quotes “2024-04-19 12:00”: type straight quotes " or none. Expected a local date and time in quotes, year first, such as "2024-04-19T12:00" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).',
  ],
  'deadline-in-the-skipped-hour': [
    'error: vacancies/dpo-2024-1/index.en.md:11 deadline: 2024-03-31T02:30 does not exist in Europe/Brussels: the clocks go forward that night and skip this hour. Expected a local date and time in quotes, year first, such as "2024-04-19T12:00" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).',
  ],
  'deadline-soon-after-publication': [
    'warning: vacancies/dpo-2024-1/index.en.md:11 deadline: 2024-04-19T12:00 is only 4 days after the publication date 2024-04-15, which leaves candidates little time to apply. Expected a deadline at least 10 days after publication, unless the short time is intended.',
  ],
  'deadline-with-time-zone-offset': [
    'error: vacancies/dpo-2024-1/index.en.md:11 deadline: "2024-04-19T12:00+02:00" carries a time-zone offset. Expected a local date and time in quotes, year first, such as "2024-04-19T12:00" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).',
  ],
  'deadline-without-time': [
    'error: vacancies/dpo-2024-1/index.en.md:11 deadline: "2024-04-19" has a date but no time. Expected a local date and time in quotes, year first, such as "2024-04-19T12:00" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).',
  ],
  'deadline-written-day-first': [
    'error: vacancies/dpo-2024-1/index.en.md:11 deadline: "19/04/2024" is written day first. Expected a local date and time in quotes, year first, such as "2024-04-19T12:00" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).',
  ],
  'document-shown-as-a-picture': [
    'error: vacancies/dpo-2024-1/index.en.md:20 "application-form.pdf" is a PDF document, not a picture a page can show. Expected a link to it instead, such as [Application form](application-form.pdf), or a PNG or JPG picture uploaded to the notice\'s folder, next to index.en.md, and named by its file name alone, such as ![Organisation chart](organisation-chart.png).',
  ],
  'duplicate-reference': [
    'warning: vacancies/dpo-2024-1/index.en.md:1 is the only language version of this notice: readers of the 23 other languages see it untranslated. Expected a translation next to it, such as index.fr.md (npm run new -- --translate DPO/2024/1 --language fr starts one).',
    'error: vacancies/dpo-2024-1-bis/index.en.md:2 reference: DPO/2024/1 is already the reference of vacancies/dpo-2024-1/index.en.md. Expected a reference that no other notice has.',
  ],
  'email-address-as-application-url': [
    'error: vacancies/dpo-2024-1/index.en.md:13 apply.url: has "jobs@example.eu", which is not accepted. Expected the address of the application page, starting with https://.',
  ],
  'field-written-twice': [
    'error: vacancies/dpo-2024-1/index.en.md:7 the frontmatter cannot be read here: this field is written a second time. Expected each field once: keep one of the two lines.',
  ],
  'file-not-named-after-a-language': [
    'error: vacancies/dpo-2024-1/english.md "english.md" is not named after one of the 24 official EU languages. Expected a file per language version named index, its two-letter code and .md: index.bg.md, index.cs.md, index.da.md, index.de.md, index.el.md, index.en.md, index.es.md, index.et.md, index.fi.md, index.fr.md, index.ga.md, index.hr.md, index.hu.md, index.it.md, index.lt.md, index.lv.md, index.mt.md, index.nl.md, index.pl.md, index.pt.md, index.ro.md, index.sk.md, index.sl.md, index.sv.md.',
    'warning: vacancies/dpo-2024-1/index.en.md:1 is the only language version of this notice: readers of the 23 other languages see it untranslated. Expected a translation next to it, such as index.fr.md (npm run new -- --translate DPO/2024/1 --language fr starts one).',
  ],
  'folder-name-with-capitals': [
    'error: vacancies/DPO_2024 the folder name "DPO_2024" cannot be used in an address. Expected a folder name in lower-case letters, digits and hyphens, made from the reference: dpo-2024-1 for DPO/2024/1.',
    'warning: vacancies/DPO_2024/index.en.md:1 is the only language version of this notice: readers of the 23 other languages see it untranslated. Expected a translation next to it, such as index.fr.md (npm run new -- --translate DPO/2024/1 --language fr starts one).',
  ],
  'grade-that-does-not-exist': [
    'error: vacancies/dpo-2024-1/index.en.md:5 grade: "AD 17" does not exist: AD grades go from AD5 to AD16. Expected an EU grade (AD5–AD16, AST1–AST11, AST/SC1–AST/SC6 or FGI–FGIV), a range such as AD5-AD7 or a list such as [AD5, AD7].',
  ],
  'greek-country-code-el': [
    'error: vacancies/dpo-2024-1/index.en.md:9 locations.country: "EL" is the EU\'s abbreviation for Greece, not its country code: write GR. Expected the two-letter code of the country in capitals, such as BE for Belgium or LU for Luxembourg.',
  ],
  'invalid-email': [
    'error: vacancies/dpo-2024-1/index.en.md:13 apply.email: has "jobs(at)example.eu", which is not accepted. Expected the e-mail address applications go to, such as jobs@example.eu.',
  ],
  'javascript-application-url': [
    'error: vacancies/dpo-2024-1/index.en.md:13 apply.url: has "javascript:alert(1)", which is not accepted. Expected the address of the application page, starting with https://.',
  ],
  'missing-domain': [
    'error: vacancies/dpo-2024-1/index.en.md:1 domain: is missing. Expected one of administration, audit, communication, economics, finance, human-resources, ict, languages, law, policy, research, security, statistics.',
  ],
  'missing-grade': [
    'error: vacancies/dpo-2024-1/index.en.md:1 grade: is missing: a temporary-agent post has a grade. Expected an EU grade (AD5–AD16, AST1–AST11, AST/SC1–AST/SC6 or FGI–FGIV), a range such as AD5-AD7 or a list such as [AD5, AD7].',
  ],
  'missing-reference': [
    'error: vacancies/dpo-2024-1 reference: no language version has a reference, so none of them is the original that carries the facts. Expected exactly one original version, with the reference and the other facts; translations carry only title, places, translatedFrom, corrigenda and the text.',
  ],
  'misspelled-field': [
    'error: vacancies/dpo-2024-1/index.en.md:1 deadline: is missing. Expected a local date and time in quotes, year first, such as "2024-04-19T12:00" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).',
    'error: vacancies/dpo-2024-1/index.en.md:11 dedline: is not a field of a notice; did you mean deadline? Expected only these fields: reference, title, organisation, service, staffCategory, legalBasis, grade, domain, locations, posts, published, deadline, timezone, contract, contractDuration, probationMonths, availableFrom, pay, securityClearance, apply, status, corrigenda.',
  ],
  'no-frontmatter': [
    'error: vacancies/dpo-2024-1/index.en.md:1 has no frontmatter. Expected the file to start with a line "---", the fields, and another line "---" before the text.',
  ],
  'no-space-after-colon': [
    'error: vacancies/dpo-2024-1/index.en.md:3 the frontmatter cannot be read here: a field has no space after its colon, such as title:Officer. Expected a space after the colon of every field, such as title: Officer.',
  ],
  'notice-in-the-old-layout': [
    'error: vacancies/dpo-2024-1/en.md "en.md" is named the way notices were before: language versions are now named index.<language>.md. Expected index.en.md: rename it with git mv vacancies/dpo-2024-1/en.md vacancies/dpo-2024-1/index.en.md (or rename it in the git host\'s web editor).',
  ],
  'notice-without-translation': [
    'warning: vacancies/dpo-2024-1/index.en.md:1 is the only language version of this notice: readers of the 23 other languages see it untranslated. Expected a translation next to it, such as index.fr.md (npm run new -- --translate DPO/2024/1 --language fr starts one).',
  ],
  'picture-at-another-address-of-the-site': [
    'error: vacancies/dpo-2024-1/index.fr.md:11 the picture "/careers/logo.png" is at another address of the site, and the page shows only pictures kept in the notice\'s folder. Expected a PNG or JPG picture uploaded to the notice\'s folder, next to index.fr.md, and named by its file name alone, such as ![Organisation chart](organisation-chart.png).',
  ],
  'picture-from-another-site': [
    'error: vacancies/dpo-2024-1/index.en.md:20 the picture "https://example.com/building.jpg" is on another site, and the page shows only pictures kept in the notice\'s folder. Expected a PNG or JPG picture uploaded to the notice\'s folder, next to index.en.md, and named by its file name alone, such as ![Organisation chart](organisation-chart.png).',
  ],
  'picture-not-in-the-folder': [
    'error: vacancies/dpo-2024-1/index.en.md:20 the picture "organisation-chart.png" is not in the notice\'s folder. Expected a PNG or JPG picture uploaded to the notice\'s folder, next to index.en.md, and named by its file name alone, such as ![Organisation chart](organisation-chart.png).',
  ],
  'picture-written-into-the-text': [
    'error: vacancies/dpo-2024-1/index.en.md:20 the picture "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAA…" is written into the text, and the page shows only pictures kept in the notice\'s folder. Expected a PNG or JPG picture uploaded to the notice\'s folder, next to index.en.md, and named by its file name alone, such as ![Organisation chart](organisation-chart.png).',
  ],
  'places-do-not-match-locations': [
    'error: vacancies/dpo-2024-1/index.fr.md:4 places: names 2 places but the original has 1. Expected the translated names of the places, one for each location of the original, such as ["Bruxelles"].',
  ],
  'publication-date-that-does-not-exist': [
    'error: vacancies/dpo-2024-1/index.en.md:10 published: "2024-02-30" is not a real date. Expected the publication date in quotes, year first, such as "2024-03-28".',
  ],
  'quotation-mark-never-closed': [
    'error: vacancies/dpo-2024-1/index.en.md:3 the frontmatter cannot be read here: a quotation mark opened above is never closed. Expected text between two quotation marks on the same line, such as title: "Data Protection Officer".',
  ],
  'reference-in-curly-quotes': [
    'error: vacancies/dpo-2024-1/index.en.md:2 reference: the reference is in curly quotes “DPO/2024/1”: type straight quotes " or none. Expected the selection reference as the institution writes it, in letters, digits, spaces, dots, slashes, hyphens and parentheses, such as DIGIT/COM/2024/461, 439186 or PAC CA 01/2018.',
  ],
  'reference-written-differently': [
    'warning: vacancies/test-2026-1/index.en.md:1 is the only language version of this notice: readers of the 23 other languages see it untranslated. Expected a translation next to it, such as index.fr.md (npm run new -- --translate TEST/2026/1 --language fr starts one).',
    'error: vacancies/test-2026-1-b/index.en.md:2 reference: TEST-2026/1 is TEST/2026/1, the reference of vacancies/test-2026-1/index.en.md, written differently: references that differ only in case, spacing or punctuation are one selection to candidates and to the search. Expected a reference that no other notice has.',
  ],
  'several-mistakes-in-one-notice': [
    'error: vacancies/dpo-2024-1/index.en.md:4 staffCategory: has "temporary", which is not accepted; did you mean temporary-agent? Expected one of official, temporary-agent, contract-agent, seconded-national-expert, trainee.',
    'error: vacancies/dpo-2024-1/index.en.md:5 grade: "AD 17" does not exist: AD grades go from AD5 to AD16. Expected an EU grade (AD5–AD16, AST1–AST11, AST/SC1–AST/SC6 or FGI–FGIV), a range such as AD5-AD7 or a list such as [AD5, AD7].',
    'error: vacancies/dpo-2024-1/index.en.md:11 deadline: "19/04/2024" is written day first. Expected a local date and time in quotes, year first, such as "2024-04-19T12:00" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).',
  ],
  'staff-category-in-words': [
    'error: vacancies/dpo-2024-1/index.en.md:4 staffCategory: has "Temporary Agent", which is not accepted; did you mean temporary-agent? Expected one of official, temporary-agent, contract-agent, seconded-national-expert, trainee.',
  ],
  'status-closed-instead-of-withdrawn': [
    'error: vacancies/dpo-2024-1/index.en.md:14 status: has "closed", which is not accepted. Expected withdrawn or cancelled, and only for a notice taken back (a notice whose deadline has passed closes by itself).',
  ],
  'tabs-in-yaml': [
    'error: vacancies/dpo-2024-1/index.en.md:8 the frontmatter cannot be read here: this line is indented with a tab. Expected indentation with spaces only, two per level.',
  ],
  'template-section-left-empty': [
    'warning: vacancies/dpo-2024-1/index.en.md:20 the section "Selection" has no text yet. Expected text under every heading, or the heading removed (hints between <!-- and --> are never published).',
  ],
  'time-zone-that-does-not-exist': [
    'error: vacancies/dpo-2024-1/index.en.md:12 timezone: "Brussels" is not a time-zone name. Expected an IANA time-zone name such as Europe/Brussels or Europe/Luxembourg.',
  ],
  'translation-of-an-older-original': [
    'warning: vacancies/dpo-2024-1/index.fr.md:4 translatedFrom: says 5e1c0a77, but index.en.md has changed since this translation was made from it. Expected the translation updated with what changed in index.en.md (its history on the git host shows the changes), then translatedFrom: efeb41a0.',
  ],
  'translation-with-an-extra-corrigendum': [
    'error: vacancies/dpo-2024-1/index.fr.md:5 corrigenda: translates 2 corrections but index.en.md has 1. Expected the translated texts of the corrections, in the order of the original\'s corrigenda, such as ["Le délai a été prolongé au 26 avril 2024."]; the dated corrections themselves go in the original.',
  ],
  'translation-with-another-deadline': [
    'error: vacancies/dpo-2024-1/index.fr.md:4 deadline: says "2024-04-26T12:00" but the original index.en.md says "2024-04-19T12:00". Expected facts to be written only in the original index.en.md: remove deadline from this translation.',
  ],
  'translation-with-unknown-field': [
    'error: vacancies/dpo-2024-1/index.de.md:4 ort: is not a field of a notice. Expected a translation to carry only title, places, translatedFrom, corrigenda (the facts are written once, in the original).',
  ],
  'translation-without-title': [
    'error: vacancies/dpo-2024-1/index.fr.md:1 title: is missing. Expected the title of the post as text, such as "IT Security Officer – AI Expert".',
  ],
  'translation-without-translated-from': [
    'warning: vacancies/dpo-2024-1/index.fr.md:2 translatedFrom: is missing, so nobody can tell when this translation falls behind index.en.md. Expected translatedFrom: efeb41a0 if this translation matches the current index.en.md.',
  ],
  'two-originals': [
    'error: vacancies/dpo-2024-1 reference: index.en.md and index.fr.md both have a reference, so each claims to be the original. Expected exactly one original version, with the reference and the other facts; translations carry only title, places, translatedFrom, corrigenda and the text.',
  ],
  'unknown-staff-category': [
    'error: vacancies/dpo-2024-1/index.en.md:4 staffCategory: has "temporary staff", which is not accepted; did you mean temporary-agent? Expected one of official, temporary-agent, contract-agent, seconded-national-expert, trainee.',
  ],
  'wrong-legal-basis': [
    'error: vacancies/dpo-2024-1/index.en.md:6 legalBasis: article 3b does not apply to a temporary-agent: use 2(a), 2(b), 2(c), 2(d), 2(e), 2(f). Expected a list of articles of the Conditions of Employment of Other Servants: 2(a) to 2(f) for temporary agents, 3a or 3b for contract agents, such as ["2(b)", "2(d)"].',
  ],
};

const ONLY_VERSION =
  'warning: vacancies/dpo-2024-1/index.en.md:1 is the only language version of this notice: readers of the 23 other languages see it untranslated. Expected a translation next to it, such as index.fr.md (npm run new -- --translate DPO/2024/1 --language fr starts one).';
const REGULAR_FILE =
  "Expected a regular file in the notice's folder: the language version or the document itself rather than a link to it (a link could publish any file of the computer that builds the site).";

/**
 * Content that is not a regular file, made at run time in a copy of a valid notice
 * (a fixture in git with a link to /etc would be a hazard of its own): what
 * `make` does to the copy's vacancies/ folder, and what the recruiter is told.
 */
const NOT_REGULAR_FILES: [string, (vacancies: string) => void, string[]][] = [
  [
    'a document that is a symbolic link to /etc/passwd',
    (vacancies) => symlinkSync('/etc/passwd', join(vacancies, 'dpo-2024-1/passwd.pdf')),
    [`error: vacancies/dpo-2024-1/passwd.pdf "passwd.pdf" is a symbolic link to /etc/passwd. ${REGULAR_FILE}`, ONLY_VERSION],
  ],
  [
    'a language version that is a symbolic link',
    (vacancies) => symlinkSync('../../../secrets/index.fr.md', join(vacancies, 'dpo-2024-1/index.fr.md')),
    [
      `error: vacancies/dpo-2024-1/index.fr.md "index.fr.md" is a symbolic link to ../../../secrets/index.fr.md. ${REGULAR_FILE}`,
      ONLY_VERSION,
    ],
  ],
  [
    'a symbolic link to nothing',
    (vacancies) => symlinkSync('application-form.pdf', join(vacancies, 'dpo-2024-1/form.pdf')),
    [`error: vacancies/dpo-2024-1/form.pdf "form.pdf" is a symbolic link to application-form.pdf. ${REGULAR_FILE}`, ONLY_VERSION],
  ],
  [
    'a named pipe among the documents',
    (vacancies) => execFileSync('mkfifo', [join(vacancies, 'dpo-2024-1/form.pdf')]),
    [`error: vacancies/dpo-2024-1/form.pdf "form.pdf" is not a regular file: it is a named pipe. ${REGULAR_FILE}`, ONLY_VERSION],
  ],
  [
    'a notice folder that is a symbolic link',
    (vacancies) => symlinkSync('/etc', join(vacancies, 'dpo-2024-2')),
    [
      'error: vacancies/dpo-2024-2 "dpo-2024-2" is a symbolic link to /etc. Expected a folder for each notice, the folder itself rather than a link to one (a link could publish any file of the computer that builds the site).',
      ONLY_VERSION,
    ],
  ],
  [
    'a named pipe among the notice folders',
    (vacancies) => execFileSync('mkfifo', [join(vacancies, 'dpo-2024-2')]),
    [
      'error: vacancies/dpo-2024-2 "dpo-2024-2" is not a regular file: it is a named pipe. Expected a folder for each notice, the folder itself rather than a link to one (a link could publish any file of the computer that builds the site).',
      ONLY_VERSION,
    ],
  ],
];

describe('a recruiter who makes a mistake', () => {
  // A controlled clock: the day the salary grid applies from, so that its yearly warning, tested with the grid, stays out of these lists.
  beforeEach(() => {
    vi.stubEnv('EU_VACANCIES_NOW', `${SALARY_GRID.appliesFrom}T12:00:00Z`);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('has a message written for every broken notice in the corpus, and at least 30 of them', () => {
    expect(Object.keys(EXPECTED_MESSAGES).sort()).toEqual(readdirSync(BAD).sort());
    expect(Object.keys(EXPECTED_MESSAGES).length).toBeGreaterThanOrEqual(30);
  });

  it.each(Object.entries(EXPECTED_MESSAGES))('is told exactly what is wrong: %s', async (name, messages) => {
    const { problems } = await loadNotices(join(BAD, name), join(BAD, name));
    expect(problems.map(formatProblem)).toEqual(messages);
  });

  it.each(NOT_REGULAR_FILES)('is told that content which is not a regular file is refused: %s', async (_, make, messages) => {
    const content = mkdtempSync(join(tmpdir(), 'eu-vacancies-not-regular-'));
    onTestFinished(() => rmSync(content, { recursive: true, force: true }));
    cpSync(join(BAD, 'notice-without-translation'), content, { recursive: true });
    make(join(content, 'vacancies'));
    const { notices, problems } = await loadNotices(content, content);
    expect(problems.map(formatProblem)).toEqual(messages);
    expect(notices.map((notice) => notice.slug)).toEqual(
      messages.some((message) => message.startsWith('error: vacancies/dpo-2024-1/')) ? [] : ['dpo-2024-1'],
    );
  });

  it('publishes a notice that has only warnings, such as a deadline at midnight', async () => {
    const { notices, problems } = await loadNotices(join(BAD, 'deadline-at-midnight'), BAD);
    expect(problems.map((problem) => problem.severity)).toEqual(['warning']);
    expect(notices.map((notice) => notice.slug)).toEqual(['dpo-2024-1']);
  });

  it('does not publish a notice that has an error', async () => {
    const { notices } = await loadNotices(join(BAD, 'grade-that-does-not-exist'), BAD);
    expect(notices).toEqual([]);
  });

  it('still gets the other notices checked and published', async () => {
    const { notices } = await loadNotices(join(BAD, 'duplicate-reference'), BAD);
    expect(notices.map((notice) => notice.slug)).toEqual(['dpo-2024-1']);
  });
});
