/**
 * npm run translations: which language versions each notice has, and which
 * are out of date; then which interface strings in locales/ are still to
 * translate. The build writes the same report into the site for maintainers
 * (translations/ and translations.json).
 */
import { LANGUAGES, type Language } from '../src/browser/languages.ts';
import { loadNotices } from '../src/content/notices.ts';
import { referenceKey } from '../src/content/reference.ts';
import { slugOfReference } from '../src/content/slug.ts';
import { contentDir } from '../src/site/environment.ts';
import { translationsReport, type TranslationState } from '../src/site/translations.ts';
import { MESSAGES } from '../src/site/locales.ts';
import { scriptFlags, tellFailures } from './cli.ts';
import { versionFileName } from '../src/content/layout.ts';

const USAGE = `Usage: npm run translations [-- options]

Shows which language versions each notice has and which are out of date, then
which interface strings in locales/ are still to translate.

  --fingerprint REFERENCE   print the translatedFrom that a translation of the notice's current original gets
  --json                    print the report as JSON
  --help                    print this help

Environment: EU_VACANCIES_CONTENT (the content folder, default content).`;

tellFailures('npm run translations');
const flags = scriptFlags(USAGE, {
  options: { json: { type: 'boolean' }, fingerprint: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});

const { notices, problems } = await loadNotices(contentDir());
const report = translationsReport(notices, MESSAGES);

if (flags.fingerprint) {
  const wanted = flags.fingerprint;
  const notice = report.notices.find(
    (candidate) => referenceKey(candidate.reference) === referenceKey(wanted) || candidate.slug === slugOfReference(wanted),
  );
  if (!notice) {
    console.error(
      `There is no valid notice ${wanted}: give its reference, such as DIGIT/COM/2024/461 (npm run check tells what is wrong with a notice).`,
    );
    process.exit(1);
  }
  console.log(notice.fingerprint);
  process.exit(0);
}

if (flags.json) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

const SYMBOL: Record<TranslationState, string> = { original: 'O', present: '✓', outdated: '!', unchecked: '?', missing: '·' };
const width = Math.max(9, ...report.notices.map((notice) => notice.reference.length)) + 2;
const row = (label: string, cells: string[]) => `${label.padEnd(width)}${cells.map((cell) => cell.padStart(3)).join('')}`;

console.log(`Language versions of the notices\n\n${row('', [...LANGUAGES])}`);
for (const notice of report.notices)
  console.log(
    row(
      notice.reference,
      LANGUAGES.map((language) => SYMBOL[notice.languages[language]]),
    ),
  );
console.log(
  `\n${SYMBOL.original} original   ${SYMBOL.present} translation up to date   ${SYMBOL.outdated} outdated: the original changed since   ${SYMBOL.unchecked} does not say what it was translated from   ${SYMBOL.missing} none`,
);

const files = (state: TranslationState) =>
  report.notices.flatMap((notice) =>
    LANGUAGES.filter((language) => notice.languages[language] === state).map((language: Language) => ({
      notice,
      file: versionFileName(language),
    })),
  );
const outdated = files('outdated');
if (outdated.length) {
  console.log('\nTo bring up to date with the original:');
  for (const { notice, file } of outdated)
    console.log(
      `  ${notice.reference} ${file}: update it from ${versionFileName(notice.original)}, then set translatedFrom: ${notice.fingerprint}`,
    );
}
const unchecked = files('unchecked');
if (unchecked.length) {
  console.log('\nTo mark with what they were translated from:');
  for (const { notice, file } of unchecked)
    console.log(
      `  ${notice.reference} ${file}: translatedFrom: ${notice.fingerprint} once it matches the current ${versionFileName(notice.original)}`,
    );
}
if (problems.some((problem) => problem.severity === 'error'))
  console.log('\nNotices with errors are not counted: npm run check says what to fix.');

console.log('\nInterface strings (locales/)\n');
const behind = report.ui.filter((status) => status.missing.length || status.sameAsEnglish.length);
if (!behind.length) console.log(`All ${report.ui.length} languages have every string of English, translated.`);
for (const { language, missing, sameAsEnglish } of behind) {
  if (missing.length) console.log(`  ${language}: ${missing.length} missing: ${missing.join(', ')}`);
  if (sameAsEnglish.length) console.log(`  ${language}: ${sameAsEnglish.length} still in English: ${sameAsEnglish.join(', ')}`);
}
