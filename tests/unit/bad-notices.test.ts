import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotices } from '../../src/lib/notices.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const BAD = join(import.meta.dirname, '../fixtures/bad-notices');

/** Each folder of tests/fixtures/bad-notices is a recruiter's mistake; this is what they must be told. */
const EXPECTED_MESSAGES: Record<string, string[]> = {
  'broken-yaml': [
    "error: vacancies/dpo-2024-1/en.md:3 the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings. Expected one \"field: value\" per line, indented with spaces (not tabs), text with a colon in quotes.",
  ],
  'contract-grade-for-temporary-agent': [
    "error: vacancies/dpo-2024-1/en.md:5 grade: function groups FGI to FGIV are for contract agents only. Expected an EU grade (AD5–AD16, AST1–AST11, AST/SC1–AST/SC6 or FGI–FGIV), a range such as AD5-AD7 or a list such as [AD5, AD7].",
  ],
  'deadline-before-publication': [
    "error: vacancies/dpo-2024-1/en.md:11 deadline: 2024-04-19T12:00 is not after the publication date 2024-05-01. Expected a local date and time in quotes, year first, such as \"2024-04-19T12:00\" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).",
  ],
  'deadline-in-the-skipped-hour': [
    "error: vacancies/dpo-2024-1/en.md:11 deadline: 2024-03-31T02:30 does not exist in Europe/Brussels: the clocks go forward that night and skip this hour. Expected a local date and time in quotes, year first, such as \"2024-04-19T12:00\" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).",
  ],
  'deadline-without-time': [
    "error: vacancies/dpo-2024-1/en.md:11 deadline: \"2024-04-19\" has a date but no time. Expected a local date and time in quotes, year first, such as \"2024-04-19T12:00\" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).",
  ],
  'deadline-written-day-first': [
    "error: vacancies/dpo-2024-1/en.md:11 deadline: \"19/04/2024\" is written day first. Expected a local date and time in quotes, year first, such as \"2024-04-19T12:00\" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).",
  ],
  'duplicate-reference': [
    "error: vacancies/dpo-2024-1-bis/en.md:2 reference: DPO/2024/1 is already the reference of vacancies/dpo-2024-1/en.md. Expected a reference that no other notice has.",
  ],
  'file-not-named-after-a-language': [
    "error: vacancies/dpo-2024-1/english.md \"english.md\" is not named after one of the 24 official EU languages. Expected a file per language version named with its two-letter code: bg.md, cs.md, da.md, de.md, el.md, en.md, es.md, et.md, fi.md, fr.md, ga.md, hr.md, hu.md, it.md, lt.md, lv.md, mt.md, nl.md, pl.md, pt.md, ro.md, sk.md, sl.md, sv.md.",
  ],
  'folder-name-with-capitals': [
    "error: vacancies/DPO_2024 the folder name \"DPO_2024\" cannot be used in an address. Expected a folder name in lower-case letters, digits and hyphens, made from the reference, such as digit-com-2024-461.",
  ],
  'grade-that-does-not-exist': [
    "error: vacancies/dpo-2024-1/en.md:5 grade: \"AD 17\" does not exist: AD grades go from AD5 to AD16. Expected an EU grade (AD5–AD16, AST1–AST11, AST/SC1–AST/SC6 or FGI–FGIV), a range such as AD5-AD7 or a list such as [AD5, AD7].",
  ],
  'invalid-email': [
    "error: vacancies/dpo-2024-1/en.md:13 apply.email: has \"jobs(at)example.eu\", which is not accepted. Expected how to apply: { email: address, subject: \"subject line\" } or { url: https://… }.",
  ],
  'javascript-application-url': [
    "error: vacancies/dpo-2024-1/en.md:13 apply.url: has \"javascript:alert(1)\", which is not accepted. Expected how to apply: { email: address, subject: \"subject line\" } or { url: https://… }.",
  ],
  'missing-domain': [
    "error: vacancies/dpo-2024-1/en.md:1 domain: is missing. Expected one of administration, audit, communication, economics, finance, human-resources, ict, languages, law, policy, research, security, statistics.",
  ],
  'missing-grade': [
    "error: vacancies/dpo-2024-1/en.md:1 grade: is missing: a temporary-agent post has a grade. Expected an EU grade (AD5–AD16, AST1–AST11, AST/SC1–AST/SC6 or FGI–FGIV), a range such as AD5-AD7 or a list such as [AD5, AD7].",
  ],
  'missing-reference': [
    "error: vacancies/dpo-2024-1 reference: no language version carries the facts. Expected exactly one original version, with reference and the other facts; translations carry only title, places and text.",
  ],
  'misspelled-field': [
    "error: vacancies/dpo-2024-1/en.md:1 deadline: is missing. Expected a local date and time in quotes, year first, such as \"2024-04-19T12:00\" (no time-zone offset: the zone comes from the timezone field, Europe/Brussels by default).",
    "error: vacancies/dpo-2024-1/en.md:11 dedline: is not a field of a notice; did you mean deadline? Expected only these fields: reference, title, organisation, service, staffCategory, legalBasis, grade, domain, locations, published, deadline, timezone, contractDuration, probationMonths, securityClearance, apply.",
  ],
  'no-frontmatter': [
    "error: vacancies/dpo-2024-1/en.md:1 has no frontmatter. Expected the file to start with a line \"---\", the fields, and another line \"---\" before the text.",
  ],
  'places-do-not-match-locations': [
    "error: vacancies/dpo-2024-1/fr.md:3 places: names 2 places but the original has 1. Expected the translated names of the places, one for each location of the original, such as [\"Bruxelles\"].",
  ],
  'tabs-in-yaml': [
    "error: vacancies/dpo-2024-1/en.md:8 the frontmatter is not valid YAML: Tabs are not allowed as indentation. Expected one \"field: value\" per line, indented with spaces (not tabs), text with a colon in quotes.",
  ],
  'time-zone-that-does-not-exist': [
    "error: vacancies/dpo-2024-1/en.md:12 timezone: \"Brussels\" is not a time-zone name. Expected an IANA time-zone name such as Europe/Brussels or Europe/Luxembourg.",
  ],
  'translation-with-another-deadline': [
    "error: vacancies/dpo-2024-1/fr.md:3 deadline: says \"2024-04-26T12:00\" but the original vacancies/dpo-2024-1/en.md says \"2024-04-19T12:00\". Expected facts to be written only in the original vacancies/dpo-2024-1/en.md: remove deadline from this translation.",
  ],
  'translation-with-unknown-field': [
    "error: vacancies/dpo-2024-1/de.md:3 ort: is not a field of a notice. Expected a translation to carry only title and places (the facts are written once, in the original).",
  ],
  'two-originals': [
    "error: vacancies/dpo-2024-1 reference: vacancies/dpo-2024-1/en.md and vacancies/dpo-2024-1/fr.md all carry the facts. Expected exactly one original version, with reference and the other facts; translations carry only title, places and text.",
  ],
  'unknown-staff-category': [
    "error: vacancies/dpo-2024-1/en.md:4 staffCategory: has \"temporary staff\", which is not accepted. Expected one of official, temporary-agent, contract-agent, seconded-national-expert, trainee.",
  ],
  'wrong-legal-basis': [
    "error: vacancies/dpo-2024-1/en.md:6 legalBasis: article 3b does not apply to a temporary-agent: use 2(a), 2(b), 2(c), 2(d), 2(e), 2(f). Expected a list of articles of the Conditions of Employment of Other Servants: 2(a) to 2(f) for temporary agents, 3a or 3b for contract agents, such as [\"2(b)\", \"2(d)\"].",
  ],
};

describe('a recruiter who makes a mistake', () => {
  it('has a message written for every broken notice in the corpus', () => {
    expect(Object.keys(EXPECTED_MESSAGES).sort()).toEqual(readdirSync(BAD).sort());
  });

  it.each(Object.entries(EXPECTED_MESSAGES))('is told exactly what is wrong: %s', async (name, messages) => {
    const { problems } = await loadNotices(join(BAD, name), join(BAD, name));
    expect(problems.map(formatProblem)).toEqual(messages);
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
