/** "Did you mean …?": the closest of the known words to what a recruiter typed. */
import { distance } from 'fastest-levenshtein';

/** The candidate nearest to `word`, ignoring case, when it is near enough to be a typo of it. */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const best = candidates
    .map((candidate) => ({ candidate, score: distance(typed, candidate.toLowerCase()) }))
    .sort((a, b) => a.score - b.score)[0];
  return best && best.score <= Math.max(2, Math.floor(word.length / 3)) ? best.candidate : undefined;
}
