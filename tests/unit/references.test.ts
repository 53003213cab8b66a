import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/content/frontmatter.ts';
import { REFERENCE, referenceKey, referenceProblem } from '../../src/content/reference.ts';
import { slugOfReference } from '../../src/content/slug.ts';
import { wordProcessorProblem } from '../../src/content/typography.ts';

describe('a reference as the EU body writes it', () => {
  it.each(['DIGIT/COM/2024/461', '439186', 'PAC CA 01/2018', 'EASA.TA.2024.12 (AD6)', 'EPSO/AD/401/22', 'ecb-2024-123-hr', 'Ref. 12/2025'])(
    'accepts %j',
    (reference) => {
      expect(referenceProblem(reference)).toBeUndefined();
      expect(REFERENCE.test(reference)).toBe(true);
    },
  );

  it.each([
    ['PAC CA 01/2018', 'pac-ca-01-2018'],
    ['439186', '439186'],
    ['EASA.TA.2024.12 (AD6)', 'easa-ta-2024-12-ad6'],
    ['DIGIT/COM/2024/461', 'digit-com-2024-461'],
  ])('gives %j the folder %j: lower case, each run of other characters a hyphen', (reference, slug) => {
    expect(slugOfReference(reference)).toBe(slug);
  });

  it.each([
    ['DIGIT_COM/2024', '"DIGIT_COM/2024" has "_", which a reference cannot have'],
    ['Réf/2024/1', '"Réf/2024/1" has accented letters, which a reference cannot have: write Ref/2024/1'],
    ['EASA.TA.2024.12 (AD6', '"EASA.TA.2024.12 (AD6" opens a parenthesis that it never closes'],
    ['EASA.TA.2024.12 AD6)', '"EASA.TA.2024.12 AD6)" closes a parenthesis that it never opened'],
    ['(/)', '"(/)" has no letter or digit'],
    ['  ', 'is empty'],
    ['“PAC CA 01/2018”', 'the reference is in curly quotes “PAC CA 01/2018”: type straight quotes " or none'],
    ['PAC CA 01–2018', 'the reference "PAC CA 01–2018" has an en dash –, from a word processor: type a hyphen -'],
  ])('refuses %j, saying why', (reference, message) => {
    expect(referenceProblem(reference)).toBe(message);
  });

  it('takes references that differ only in case, spacing or punctuation for the same', () => {
    expect(referenceKey('TEST/2026/1')).toBe(referenceKey('TEST-2026/1'));
    expect(referenceKey('PAC CA 01/2018')).toBe(referenceKey('pacca 01.2018'));
    expect(referenceKey('TEST/2026/1')).not.toBe(referenceKey('TEST/2026/2'));
  });

  it('keeps a reference typed without quotes as typed, although YAML reads it as a number', () => {
    const frontmatter = readFrontmatter('---\nreference: 0439186\ntitle: Head of Administration\n---\n\nText.\n')!;
    expect(frontmatter.data.reference).toBe('0439186');
    expect(readFrontmatter("---\nreference: 01.2018 # the agency's code\n---\n")!.data.reference).toBe('01.2018');
  });
});

describe('characters from a word processor', () => {
  it.each([
    ['“2027-04-19 12:00”', 'the date is in curly quotes “2027-04-19 12:00”: type straight quotes " or none'],
    ['2027-04-19\u00A012:00', 'the date "2027-04-19\u00A012:00" has a non-breaking space, from a word processor: type an ordinary space'],
    ['2027–04–19', 'the date "2027–04–19" has an en dash –, from a word processor: type a hyphen -'],
    [
      '“2027–04–19”\u200B',
      'the date "“2027–04–19”\u200B" has curly quotes and an en dash – and an invisible character (a zero-width space or a soft hyphen), from a word processor: type straight quotes " or none; type a hyphen -; delete it and type the value again',
    ],
  ])('are named in %j', (text, message) => {
    expect(wordProcessorProblem(text, 'the date')).toBe(message);
  });

  it('leave typed text alone', () => {
    expect(wordProcessorProblem('2027-04-19 12:00', 'the date')).toBeUndefined();
  });
});
