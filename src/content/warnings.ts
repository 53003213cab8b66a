/** What is allowed in a notice but most likely a slip: warned about, never blocking. */
import type { NoticeFacts } from '../schemas/notice.ts';
import type { ContentProblem } from './problems.ts';
import type { ReadVersion } from './read.ts';
import { payOf, SALARY_GRID } from '../site/pay.ts';
import { buildNow } from '../site/environment.ts';
import { versionFileName } from './layout.ts';

/** The Staff Regulations' salaries are adjusted every year with effect from 1 July: an older grid has missed one. */
export const SALARY_GRID_MAX_AGE_DAYS = 365;
const SALARY_GRID_FILE = 'src/site/data/salary-grid.json';

/** A warning, once, when notices show basic salaries from a grid more than a year old. */
export function salaryGridWarnings(facts: NoticeFacts[], now = buildNow()): ContentProblem[] {
  const age = Math.floor((now - Date.parse(`${SALARY_GRID.appliesFrom}T00:00:00Z`)) / 86_400_000);
  if (age <= SALARY_GRID_MAX_AGE_DAYS || !facts.some((notice) => payOf(notice)?.kind === 'grid')) return [];
  return [
    {
      severity: 'warning',
      file: SALARY_GRID_FILE,
      field: 'appliesFrom',
      message: `the basic salaries shown on notices apply from ${SALARY_GRID.appliesFrom}, ${age} days ago; salaries are adjusted every year from 1 July, and the Official Journal publishes the adjustment around December: check whether a newer one is out`,
      expected: `the grid of the latest adjustment in the Official Journal, with its source and appliesFrom, or pay stated in the notices`,
    },
  ];
}

/** Fewer days than this between publication and deadline is legal but leaves candidates little time. */
export const MINIMUM_APPLICATION_DAYS = 10;

/** Days from one calendar date to another, both "YYYY-MM-DD". */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A reference as it is typed in a command: in quotes when it has spaces or parentheses, which the shell would split or refuse. */
function shellWord(reference: string): string {
  return /^[A-Za-z0-9./-]+$/.test(reference) ? reference : `"${reference}"`;
}

export function factWarnings(original: ReadVersion, facts: NoticeFacts, translations: number): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const warn = (field: string | undefined, message: string, expected: string) =>
    warnings.push({
      severity: 'warning',
      file: original.file,
      line: field ? original.frontmatter.lineOf([field]) : 1,
      field,
      message,
      expected,
    });
  const deadlineDate = facts.deadline.local.slice(0, 10);
  if (facts.published) {
    const days = daysBetween(facts.published, deadlineDate);
    if (days < MINIMUM_APPLICATION_DAYS) {
      warn(
        'deadline',
        `${facts.deadline.local} is only ${days} day${days === 1 ? '' : 's'} after the publication date ${facts.published}, which leaves candidates little time to apply`,
        `a deadline at least ${MINIMUM_APPLICATION_DAYS} days after publication, unless the short time is intended`,
      );
    }
  }
  if (facts.deadline.local.endsWith('T00:00')) {
    const dayBefore = new Date(Date.parse(`${deadlineDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    warn(
      'deadline',
      `${facts.deadline.local} is midnight at the very start of ${deadlineDate}: applications close when ${dayBefore} ends, and readers may take it for the end of ${deadlineDate}`,
      `"${dayBefore}T23:59" if applications close at the end of ${dayBefore}, or a time during the day such as "${deadlineDate}T12:00"`,
    );
  }
  // A notice taken back is not worth translating.
  if (translations === 0 && !facts.status) {
    const suggested = original.language === 'en' ? 'fr' : 'en';
    warn(
      undefined,
      'is the only language version of this notice: readers of the 23 other languages see it untranslated',
      `a translation next to it, such as ${versionFileName(suggested)} (npm run new -- --translate ${shellWord(facts.reference)} --language ${suggested} starts one)`,
    );
  }
  return warnings;
}

/** A heading with nothing under it, usually a section of the template not yet written. */
export function emptySectionWarnings(version: ReadVersion): ContentProblem[] {
  const lines = version.frontmatter.body.split(/\r?\n/);
  const headings: { index: number; level: number; text: string }[] = [];
  let fenced = false;
  for (const [index, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) headings.push({ index, level: heading[1]!.length, text: heading[2]! });
  }
  const isEmpty = (text: string) => text.replace(/<!--[\s\S]*?(-->|$)/g, '').trim() === '';
  const warning = (line: number, message: string): ContentProblem => ({
    severity: 'warning',
    file: version.file,
    line,
    message,
    expected: 'text under every heading, or the heading removed (hints between <!-- and --> are never published)',
  });
  if (isEmpty(version.frontmatter.body)) return [warning(version.bodyLine, 'has no text below the frontmatter')];
  return headings.flatMap((heading, position) => {
    const next = headings.slice(position + 1).find((other) => other.level <= heading.level);
    const section = lines.slice(heading.index + 1, next?.index ?? lines.length).join('\n');
    return isEmpty(section) ? [warning(version.bodyLine + heading.index, `the section "${heading.text}" has no text yet`)] : [];
  });
}
