/**
 * Characters a word processor puts in place of what was typed: curly quotes,
 * non-breaking spaces, dashes. Copied into a date, a number or a reference,
 * they look right and are wrong; the message names them, since the recruiter
 * cannot see the difference.
 */

interface Substitute {
  /** What the character is, in a recruiter's words. */
  name: string;
  /** What to type instead. */
  instead: string;
}

const CURLY_QUOTES: Substitute = { name: 'curly quotes', instead: 'type straight quotes " or none' };
const CURLY_APOSTROPHES: Substitute = { name: 'curly apostrophes ‘ ’', instead: "type straight quotes ' or none" };
const NON_BREAKING_SPACE: Substitute = { name: 'a non-breaking space', instead: 'type an ordinary space' };
const INVISIBLE: Substitute = {
  name: 'an invisible character (a zero-width space or a soft hyphen)',
  instead: 'delete it and type the value again',
};

const SUBSTITUTES = new Map<string, Substitute>([
  ...[...'“”„‟«»'].map((character): [string, Substitute] => [character, CURLY_QUOTES]),
  ...[...'‘’‚‛'].map((character): [string, Substitute] => [character, CURLY_APOSTROPHES]),
  ...[...'\u00A0\u2007\u202F'].map((character): [string, Substitute] => [character, NON_BREAKING_SPACE]),
  ...[...'\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200A\u3000'].map((character): [string, Substitute] => [
    character,
    { name: 'a typographic space', instead: 'type an ordinary space' },
  ]),
  ...[...'\u200B\u200C\u200D\u2060\uFEFF\u00AD'].map((character): [string, Substitute] => [character, INVISIBLE]),
  ['\u2010', { name: 'a typographic hyphen ‐', instead: 'type a hyphen -' }],
  ['\u2011', { name: 'a non-breaking hyphen ‑', instead: 'type a hyphen -' }],
  ['\u2012', { name: 'a figure dash ‒', instead: 'type a hyphen -' }],
  ['\u2013', { name: 'an en dash –', instead: 'type a hyphen -' }],
  ['\u2014', { name: 'an em dash —', instead: 'type a hyphen -' }],
  ['\u2212', { name: 'a minus sign −', instead: 'type a hyphen -' }],
  ['\u2044', { name: 'a fraction slash ⁄', instead: 'type a slash /' }],
  ['\u2236', { name: 'a ratio sign ∶', instead: 'type a colon :' }],
]);

/**
 * What is wrong with `text` when it carries word-processor characters, such as
 * `the date is in curly quotes “2027-04-19 12:00”: type straight quotes " or none`;
 * `what` names the value ("the date", "the reference").
 */
export function wordProcessorProblem(text: string, what: string): string | undefined {
  const found = [...new Set([...text].map((character) => SUBSTITUTES.get(character)).filter((found) => found !== undefined))];
  if (!found.length) return undefined;
  const trimmed = text.trim();
  if (
    found.length === 1 &&
    found[0] === CURLY_QUOTES &&
    SUBSTITUTES.get(trimmed[0]!) === CURLY_QUOTES &&
    SUBSTITUTES.get(trimmed.at(-1)!) === CURLY_QUOTES
  ) {
    return `${what} is in curly quotes ${trimmed}: ${CURLY_QUOTES.instead}`;
  }
  const insteads = [...new Set(found.map((substitute) => substitute.instead))];
  return `${what} "${text}" has ${found.map((substitute) => substitute.name).join(' and ')}, from a word processor: ${insteads.join('; ')}`;
}
