import { describe, expect, it } from 'vitest';
import { gradeLabel, gradesOf, parseGrade } from '../../src/content/grade.ts';

const label = (input: string | string[]) => {
  const parsed = parseGrade(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return gradesOf(parsed.value).map(gradeLabel).join(' ');
};

describe('grades as recruiters write them', () => {
  it.each([
    ['AD5-AD7', 'AD5 AD6 AD7'],
    ['AD5/AD7', 'AD5 AD6 AD7'],
    ['AD 5 – AD 7', 'AD5 AD6 AD7'],
    ['ad5-7', 'AD5 AD6 AD7'],
    ['AST/SC2', 'AST/SC2'],
    ['AST/SC1-AST/SC3', 'AST/SC1 AST/SC2 AST/SC3'],
    ['FGIV', 'FGIV'],
    ['FG IV', 'FGIV'],
    ['FG 3', 'FGIII'],
    ['AST11', 'AST11'],
    [['AD5', 'AD7'], 'AD5 AD7'],
    ['AD9, AD12', 'AD9 AD12'],
  ])('reads %j as %s', (input, expected) => {
    expect(label(input)).toBe(expected);
  });

  it('keeps a range a range and a list a list', () => {
    expect(parseGrade('AD5/AD7')).toMatchObject({ ok: true, value: { kind: 'range' } });
    expect(parseGrade(['AD5', 'AD7'])).toMatchObject({ ok: true, value: { kind: 'list' } });
  });

  it.each([
    ['AD17', 'AD grades go from AD5 to AD16'],
    ['AD4', 'AD grades go from AD5 to AD16'],
    ['AST12', 'AST grades go from AST1 to AST11'],
    ['AST/SC7', 'AST/SC grades go from AST/SC1 to AST/SC6'],
    ['FGV', 'contract agents have function groups FGI to FGIV'],
    ['AD 17', 'does not exist'],
    ['B3', 'is not an EU grade'],
    ['AD7-AD5', 'the first grade must be lower than the second'],
    ['AD5-AST3', 'mixes function groups AD and AST'],
  ])('rejects %j, saying why', (input, reason) => {
    const parsed = parseGrade(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(reason);
  });
});
