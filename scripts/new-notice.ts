/**
 * npm run new: starts a vacancy notice, asking for each fact in turn (or taking
 * them as flags), checking every answer with the notice schema, and writing
 * content/vacancies/<slug>/index.<language>.md with the usual sections to fill in.
 *
 *   npm run new
 *   npm run new -- --reference DPO/2024/7 --title "Data Protection Officer" --staff-category temporary-agent \
 *     --grade AD8 --domain law --place Brussels --country BE --deadline 2024-06-28T12:00 --email jobs@example.eu
 *   npm run new -- --translate DPO/2024/7 --language fr --title "Délégué à la protection des données"
 *
 * Answers still missing are asked for; with no one to ask (input closed), the
 * missing flags are listed and nothing is written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Temporal } from '../src/content/temporal.ts';
import { arrivalProblems } from '../src/content/arrival.ts';
import { parseDeadline } from '../src/content/deadline.ts';
import { noticeFolderEntries, noticeFolders, readVersions, type ReadVersion } from '../src/content/read.ts';
import { referenceKey } from '../src/content/reference.ts';
import { LANGUAGES, isLanguage, languageName, type Language } from '../src/browser/languages.ts';
import { factProblems } from '../src/content/checks.ts';
import { slugOfReference } from '../src/content/slug.ts';
import { describeProblem, type ContentProblem } from '../src/content/problems.ts';
import { buildNow, contentDir } from '../src/site/environment.ts';
import { noticeFile, translationFile, type NewNotice } from '../src/content/notice-template.ts';
import { originalFingerprint } from '../src/content/fingerprint.ts';
import { DOMAINS, EXPECTED, STAFF_CATEGORIES } from '../src/schemas/notice.ts';
import { scriptFlags, tellFailures } from './cli.ts';
import { versionFileName } from '../src/content/layout.ts';

const USAGE = `Usage: npm run new [-- flags]

Start a vacancy notice:
  npm run new                       asks for each fact
  npm run new -- --reference DPO/2024/7 --title "Data Protection Officer" --staff-category temporary-agent \\
      --grade AD8 --domain law --place Brussels --country BE --deadline 2024-06-28T12:00 --email jobs@example.eu
Other flags: --language (default en), --published (default today), --timezone, --service, --url (instead of --email).

Start a translation of a notice:
  npm run new -- --translate DPO/2024/7 --language fr [--title "…"] [--places "Bruxelles"]

--content <folder> writes into another content folder (default: content/, or EU_VACANCIES_CONTENT).
--help prints this help.`;

tellFailures('npm run new');
const flags = scriptFlags(USAGE, {
  options: {
    reference: { type: 'string' },
    title: { type: 'string' },
    'staff-category': { type: 'string' },
    grade: { type: 'string' },
    domain: { type: 'string' },
    place: { type: 'string' },
    country: { type: 'string' },
    published: { type: 'string' },
    deadline: { type: 'string' },
    timezone: { type: 'string' },
    service: { type: 'string' },
    email: { type: 'string' },
    url: { type: 'string' },
    language: { type: 'string' },
    translate: { type: 'string' },
    places: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});

const content = flags.content ?? contentDir();
const vacancies = join(content, 'vacancies');

/** Reads answers line by line, from a terminal or from piped input alike. */
const input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
const lines = input[Symbol.asyncIterator]();
/** Questions that have a default are asked only in a session of questions on a terminal, never when flags are given. */
const askDefaults = Boolean(process.stdin.isTTY) && Object.keys(flags).every((flag) => flag === 'content' || flag === 'translate');

function stop(message: string): never {
  console.error(message);
  input.close();
  process.exit(1);
}

/**
 * The value of a flag, or the answer to a question, checked by `check` (which
 * returns what is wrong, or nothing). A wrong flag stops; a wrong answer is asked again.
 */
async function ask(flag: string, question: string, check: (value: string) => string | undefined, fallback?: string): Promise<string> {
  const given = flags[flag as keyof typeof flags];
  if (typeof given === 'string') {
    const problem = check(given.trim());
    if (problem) stop(`--${flag} ${JSON.stringify(given)}: ${problem}`);
    return given.trim();
  }
  if (fallback !== undefined && !askDefaults) {
    const problem = check(fallback);
    if (problem) stop(`--${flag}: ${problem}`);
    return fallback;
  }
  for (;;) {
    process.stdout.write(`${question}${fallback ? ` [${fallback}]` : ''}: `);
    const line = await lines.next();
    if (line.done) {
      process.stdout.write('\n');
      stop(`No answer for ${question.toLowerCase()}. Give it as a flag: --${flag} (npm run new -- --help lists them).`);
    }
    const value = line.value.trim() || fallback || '';
    const problem = check(value);
    if (!problem) return value;
    console.log(`  ${problem}`);
  }
}

/** Notices already in the content, by reference and by folder, read as the check reads them; what is wrong with them is the check's to say. */
function existingNotices(): { reference?: string; folder: string; original?: ReadVersion }[] {
  if (!existsSync(vacancies)) return [];
  const unheeded: ContentProblem[] = [];
  return noticeFolders(vacancies, process.cwd(), unheeded).flatMap((name) => {
    const folder = join(vacancies, name);
    const originals = readVersions(noticeFolderEntries(folder, process.cwd(), unheeded), unheeded).filter(
      (version) => typeof version.frontmatter.data.reference === 'string',
    );
    return originals.length
      ? originals.map((original) => ({ reference: String(original.frontmatter.data.reference).trim(), folder, original }))
      : [{ folder }];
  });
}

const now = buildNow();
const today = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO('Europe/Brussels').toPlainDate().toString();
const relativeFile = (file: string) => relative(process.cwd(), file) || file;

/** A valid notice that unanswered fields are taken from, so that each answer is checked on its own and with those before it. */
const EXAMPLE: Record<string, unknown> = {
  reference: 'EXAMPLE/2024/1',
  title: 'Example',
  staffCategory: 'temporary-agent',
  grade: 'AD5',
  domain: 'ict',
  locations: [{ city: 'Brussels', country: 'BE' }],
  deadline: '2099-12-31T12:00',
  apply: { email: 'jobs@example.eu' },
};

async function newNotice() {
  const facts: Record<string, unknown> = {};
  const example = { ...EXAMPLE };
  /** Checks one answer with the notice schema, together with the answers before it. */
  const checkFact = (field: string, toFacts: (value: string) => Record<string, unknown>) => (value: string) => {
    if (!value) return `Please answer: expected ${EXPECTED[field]}.`;
    const candidate = { ...example, ...facts, ...toFacts(value) };
    const problem = factProblems(candidate).find((found) => found.field === field || found.field?.startsWith(`${field}.`));
    // Quotes matter in the file, not in an answer typed here.
    return problem && describeProblem({ ...problem, field: undefined }).replace(/ in quotes,/g, ',');
  };
  const answer = async (
    field: string,
    flag: string,
    question: string,
    fallback?: string,
    toFacts: (value: string) => Record<string, unknown> = (value) => ({ [field]: value }),
  ) => {
    const value = await ask(flag, question, checkFact(field, toFacts), fallback);
    Object.assign(facts, toFacts(value));
    return value;
  };
  const existing = existingNotices();

  const reference = await ask('reference', 'Reference of the selection, such as DIGIT/COM/2024/461', (value) => {
    const wrong = checkFact('reference', () => ({ reference: value }))(value);
    if (wrong) return wrong;
    const same = existing.find(
      (notice) =>
        (notice.reference !== undefined && referenceKey(notice.reference) === referenceKey(value)) ||
        notice.folder === join(vacancies, slugOfReference(value)),
    );
    return same && `${value} exists already, in ${relativeFile(same.folder)}: choose another reference, or edit that notice.`;
  });
  facts.reference = reference;
  const language = (await ask(
    'language',
    'Language you write the notice in (two-letter code)',
    (value) => (isLanguage(value) ? undefined : `Expected one of ${LANGUAGES.join(', ')}.`),
    'en',
  )) as Language;
  const title = await answer('title', 'title', 'Title of the post');
  const staffCategory = await answer(
    'staffCategory',
    'staff-category',
    `Staff category (${STAFF_CATEGORIES.join(', ')})`,
    undefined,
    (value) => ({
      staffCategory: value.toLowerCase().replace(/\s+/g, '-'),
    }),
  );
  const category = staffCategory.toLowerCase().replace(/\s+/g, '-');
  let grade: string | undefined;
  if (category === 'seconded-national-expert' || category === 'trainee') {
    delete example.grade;
  } else {
    grade = await answer(
      'grade',
      'grade',
      category === 'contract-agent' ? 'Function group, such as FGIV' : 'Grade, such as AD7 or AD5-AD7',
    );
  }
  const domain = await answer('domain', 'domain', `Domain (${DOMAINS.join(', ')})`);
  const city = await answer('locations', 'place', 'City of the place of employment', undefined, (value) => ({
    locations: [{ city: value, country: (facts.locations as { country: string }[] | undefined)?.[0]?.country ?? 'BE' }],
  }));
  // A code typed in lower case is taken in capitals; anything else is checked as typed.
  const asCode = (value: string) => (/^[a-z]{2}$/i.test(value) && value.toUpperCase() !== 'EL' ? value.toUpperCase() : value);
  const country = asCode(
    await answer('locations', 'country', 'Country of the place of employment (two-letter code, such as BE)', undefined, (value) => ({
      locations: [{ city, country: asCode(value) }],
    })),
  );
  const published = await answer('published', 'published', 'Publication date, year first', today);
  const timezone = typeof flags.timezone === 'string' ? await answer('timezone', 'timezone', 'Time zone') : undefined;
  const deadline = await ask(
    'deadline',
    `Deadline: date and local time${timezone ? '' : ' in Brussels'}, year first, such as 2024-04-19T12:00`,
    (value) => {
      const wrong = checkFact('deadline', () => ({ deadline: value }))(value);
      if (wrong) return wrong;
      // A new notice, by definition: its deadline is ahead, as npm run check requires of a notice not yet published.
      const parsed = parseDeadline(value, timezone);
      const late = parsed.ok ? arrivalProblems({ deadline: parsed.value }, now)[0] : undefined;
      return late && describeProblem({ severity: 'error', file: '', ...late, field: undefined });
    },
  );
  facts.deadline = deadline;
  // One question for both ways of applying: an address with @ or a web page.
  await answer(
    'apply',
    flags.url ? 'url' : 'email',
    'E-mail address applications go to, or the https:// address of the application page',
    undefined,
    (value) => ({
      apply: /^[a-z]+:/i.test(value) ? { url: value } : { email: value },
    }),
  );
  const apply = facts.apply as { email?: string; url?: string };
  const service = typeof flags.service === 'string' ? await answer('service', 'service', 'Service') : undefined;

  const notice: NewNotice = {
    reference,
    title,
    staffCategory: category,
    grade,
    domain,
    city,
    country,
    published,
    deadline,
    timezone,
    service,
    ...apply,
  };
  const folder = join(vacancies, slugOfReference(reference));
  const file = join(folder, versionFileName(language));
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, noticeFile(notice), { flag: 'wx' });
  console.log(`\nWritten: ${relativeFile(file)}
Next: write the text under each heading (the hints between <!-- and --> are not published), then run npm run check.
Documents for candidates (an application form, a guide) go in the same folder: ${relativeFile(folder)}/`);
}

async function newTranslation(target: string) {
  const notice = existingNotices().find(
    (candidate) =>
      (candidate.reference !== undefined && referenceKey(candidate.reference) === referenceKey(target)) ||
      candidate.folder === join(vacancies, target) ||
      candidate.folder === join(vacancies, slugOfReference(target)),
  );
  if (!notice?.original)
    stop(`There is no notice ${target} in ${relativeFile(vacancies)}: give its reference, such as DIGIT/COM/2024/461.`);
  const originalName = versionFileName(notice.original.language);
  const original = notice.original.frontmatter;
  const data = original.data as { title: string; locations?: { city?: string }[] };
  const language = (await ask('language', 'Language of the translation (two-letter code)', (value) => {
    if (!isLanguage(value)) return `Expected one of ${LANGUAGES.join(', ')}.`;
    if (existsSync(join(notice.folder, versionFileName(value))))
      return `${relativeFile(join(notice.folder, versionFileName(value)))} exists already: edit it instead.`;
    return undefined;
  })) as Language;
  const title = await ask('title', `Title of the post in ${languageName(language, 'en')} (original: ${data.title})`, (value) =>
    value ? undefined : `Expected ${EXPECTED.title}.`,
  );
  const cities = (data.locations ?? []).map((location) => location.city ?? '');
  let places: string[] | undefined;
  if (typeof flags.places === 'string') {
    places = flags.places.split(',').map((place) => place.trim());
    if (places.length !== cities.length)
      stop(`--places names ${places.length} place(s) but the notice has ${cities.length}: ${cities.join(', ')}.`);
  } else {
    places = [];
    for (const city of cities)
      places.push(await ask('places', `Name of ${city} in ${languageName(language, 'en')}`, () => undefined, city));
  }
  const fingerprint = originalFingerprint(data.title, original.body);
  const file = join(notice.folder, versionFileName(language));
  const same = places.every((place, index) => place === cities[index]);
  writeFileSync(
    file,
    translationFile({ title, places: same ? undefined : places, translatedFrom: fingerprint }, originalName, original.body),
    { flag: 'wx' },
  );
  console.log(`\nWritten: ${relativeFile(file)} (translatedFrom: ${fingerprint}, the current ${originalName})
Next: translate each section of ${originalName} under its heading, then run npm run check.`);
}

try {
  if (flags.translate) await newTranslation(flags.translate);
  else await newNotice();
} finally {
  input.close();
}
