/**
 * What a post pays. A notice's own statement comes first; where it states none, officials' and
 * temporary agents' grades have a basic salary on the Staff Regulations' grid (src/site/data/salary-grid.json).
 * For contract agents, seconded national experts and trainees nothing is shown that the notice does not state.
 */
import { gradesOf, type Grade } from '../content/grade.ts';
import type { NoticeFacts, StatedPay } from '../schemas/notice.ts';
import grid from './data/salary-grid.json' with { type: 'json' };

export const SALARY_GRID = grid;

export interface GridSalary {
  grade: Grade;
  /** Basic monthly salary at step 1, in euros. */
  amount: number;
}

export type Pay = { kind: 'stated'; pay: StatedPay } | { kind: 'grid'; salaries: GridSalary[]; appliesFrom: string };

/** Basic monthly salary at step 1 of a grade, when the grid file has it. */
export function gridSalary(grade: Grade): number | undefined {
  const table =
    grade.group === 'AST/SC' ? grid.basicMonthlySalary['AST/SC'] : grade.group === 'FG' ? {} : grid.basicMonthlySalary['AD/AST'];
  return (table as Record<string, number | undefined>)[String(grade.level)];
}

/** The notice's pay as the site shows it, or undefined when there is nothing true to show. */
export function payOf(facts: NoticeFacts): Pay | undefined {
  if (facts.pay) return { kind: 'stated', pay: facts.pay };
  if ((facts.staffCategory !== 'official' && facts.staffCategory !== 'temporary-agent') || !facts.grade) return undefined;
  const salaries = gradesOf(facts.grade).flatMap((grade) => {
    const amount = gridSalary(grade);
    return amount === undefined ? [] : [{ grade, amount }];
  });
  return salaries.length ? { kind: 'grid', salaries, appliesFrom: grid.appliesFrom } : undefined;
}
