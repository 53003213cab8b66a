/**
 * EU grades: AD5–AD16 (administrators), AST1–AST11 (assistants), AST/SC1–AST/SC6
 * (secretaries and clerks) and the contract agents' function groups FGI–FGIV.
 * Recruiters write them in many ways ("AD 5", "AD5/AD7", "AD5-7", "FG IV"); this
 * module reads those spellings and rejects grades that do not exist.
 */
export type FunctionGroup = 'AD' | 'AST' | 'AST/SC' | 'FG';

export interface Grade {
  group: FunctionGroup;
  level: number;
}

export type GradeSpec = { kind: 'single'; grade: Grade } | { kind: 'range'; from: Grade; to: Grade } | { kind: 'list'; grades: Grade[] };

const LEVELS: Record<FunctionGroup, { min: number; max: number }> = {
  AD: { min: 5, max: 16 },
  AST: { min: 1, max: 11 },
  'AST/SC': { min: 1, max: 6 },
  FG: { min: 1, max: 4 },
};

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export const GRADE_EXPECTED =
  'an EU grade (AD5–AD16, AST1–AST11, AST/SC1–AST/SC6 or FGI–FGIV), a range such as AD5-AD7 or a list such as [AD5, AD7]';

export function gradeLabel(grade: Grade): string {
  return grade.group === 'FG' ? `FG${ROMAN[grade.level - 1]}` : `${grade.group}${grade.level}`;
}

/** Every grade the spec covers, in order: AD5-AD7 gives AD5, AD6, AD7. */
export function gradesOf(spec: GradeSpec): Grade[] {
  if (spec.kind === 'single') return [spec.grade];
  if (spec.kind === 'list') return spec.grades;
  const grades: Grade[] = [];
  for (let level = spec.from.level; level <= spec.to.level; level++) grades.push({ group: spec.from.group, level });
  return grades;
}

export function functionGroupsOf(spec: GradeSpec): FunctionGroup[] {
  return [...new Set(gradesOf(spec).map((grade) => grade.group))];
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parseLevel(group: FunctionGroup, text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (group === 'FG') {
    const roman = ROMAN.indexOf(text as (typeof ROMAN)[number]);
    return roman >= 0 ? roman + 1 : undefined;
  }
  return undefined;
}

function describeRange(group: FunctionGroup): string {
  const { min, max } = LEVELS[group];
  return group === 'FG' ? 'contract agents have function groups FGI to FGIV' : `${group} grades go from ${group}${min} to ${group}${max}`;
}

/** One grade token, already upper-cased and without spaces; `previous` lends its group to "AD5-7". */
function parseOne(token: string, original: string, previous?: Grade): Parsed<Grade> {
  const match = /^(AD|AST\/SC|AST|FG)?([0-9]+|IV|I{1,3}|V|VI)$/.exec(token);
  const group = (match?.[1] as FunctionGroup | undefined) ?? previous?.group;
  if (!match || !group) return { ok: false, message: `"${original}" is not an EU grade` };
  const level = parseLevel(group, match[2]!);
  const { min, max } = LEVELS[group];
  if (level === undefined || level < min || level > max) {
    return { ok: false, message: `"${original}" does not exist: ${describeRange(group)}` };
  }
  return { ok: true, value: { group, level } };
}

function normalise(text: string): string {
  return text
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/AST[-/]?SC/g, 'AST/SC')
    .replace(/[–—]/g, '-');
}

/** Reads a grade as written in a notice's frontmatter: a string or a list of strings. */
export function parseGrade(input: string | readonly string[]): Parsed<GradeSpec> {
  if (Array.isArray(input) || (typeof input === 'string' && input.includes(','))) {
    const items = (Array.isArray(input) ? input : input.split(',')).map(String);
    const grades: Grade[] = [];
    for (const item of items) {
      const parsed = parseGrade(item);
      if (!parsed.ok) return parsed;
      grades.push(...gradesOf(parsed.value));
    }
    if (grades.length === 0) return { ok: false, message: 'the list of grades is empty' };
    return grades.length === 1 ? { ok: true, value: { kind: 'single', grade: grades[0]! } } : { ok: true, value: { kind: 'list', grades } };
  }
  const text = normalise(String(input));
  // "/" separates a range (AD5/AD7) except inside the group name AST/SC.
  const parts = text
    .replace(/AST\/SC/g, 'ASTSC')
    .split(/-|\/|TO/)
    .map((part) => part.replace('ASTSC', 'AST/SC'));
  if (parts.length > 2 || parts.some((part) => part === '')) {
    return { ok: false, message: `"${String(input)}" is not an EU grade` };
  }
  const from = parseOne(parts[0]!, String(input).trim());
  if (!from.ok) return from;
  if (parts.length === 1) return { ok: true, value: { kind: 'single', grade: from.value } };
  const to = parseOne(parts[1]!, String(input).trim(), from.value);
  if (!to.ok) return to;
  if (to.value.group !== from.value.group) {
    return {
      ok: false,
      message: `"${String(input)}" mixes function groups ${from.value.group} and ${to.value.group}; a range stays in one function group`,
    };
  }
  if (to.value.level <= from.value.level) {
    return { ok: false, message: `"${String(input)}" is not a range: the first grade must be lower than the second` };
  }
  return { ok: true, value: { kind: 'range', from: from.value, to: to.value } };
}
