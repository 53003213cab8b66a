/**
 * A selection reference as the EU body writes it: DIGIT/COM/2024/461 at the
 * Commission, a job number such as 439186 at the EEAS, an internal code such
 * as PAC CA 01/2018 or EASA.TA.2024.12 (AD6) at an agency. It is kept as
 * written everywhere it is shown; its folder, and its identity among the
 * notices, ignore case, spacing and punctuation.
 */
import { wordProcessorProblem } from './typography.ts';

/** Letters A to Z, digits, spaces, dots, slashes, hyphens and parentheses, with at least one letter or digit. */
export const REFERENCE = /^(?=.*[A-Za-z0-9])[A-Za-z0-9 ./()-]+$/;

export const REFERENCE_EXPECTED =
  'the selection reference as the institution writes it, in letters, digits, spaces, dots, slashes, hyphens and parentheses, such as DIGIT/COM/2024/461, 439186 or PAC CA 01/2018';

/** What is wrong with a reference, or nothing when it can be used. */
export function referenceProblem(reference: string): string | undefined {
  const typed = reference.trim();
  if (!typed) return 'is empty';
  const typography = wordProcessorProblem(typed, 'the reference');
  if (typography) return typography;
  const others = [...new Set(typed.replace(/[A-Za-z0-9 ./()-]/g, ''))];
  if (others.length) {
    const plain = typed.normalize('NFD').replace(/\p{M}/gu, '');
    // An accent is the one slip with an obvious fix: the same letter without it.
    if (REFERENCE.test(plain)) return `"${typed}" has accented letters, which a reference cannot have: write ${plain}`;
    const shown = others.map((character) => (/\s/.test(character) ? 'a tab or line break' : `"${character}"`));
    return `"${typed}" has ${shown.join(', ')}, which a reference cannot have`;
  }
  if (!REFERENCE.test(typed)) return `"${typed}" has no letter or digit`;
  let depth = 0;
  for (const character of typed) {
    if (character === '(') depth++;
    if (character === ')' && --depth < 0) return `"${typed}" closes a parenthesis that it never opened`;
  }
  if (depth > 0) return `"${typed}" opens a parenthesis that it never closes`;
  return undefined;
}

/**
 * What two references share when they differ only in case, spacing or
 * punctuation: TEST/2026/1 and test-2026 1 are the same selection to a
 * candidate, and to the search.
 */
export function referenceKey(reference: string): string {
  return reference.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
