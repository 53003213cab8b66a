/**
 * What a translation was made from. A translation records the fingerprint of
 * the original's title and text (`translatedFrom`), so "out of date" does not
 * depend on file dates, which git does not keep.
 */
import { createHash } from 'node:crypto';

/**
 * The fingerprint of an original version: the first 8 hex digits of the SHA-256
 * of its title and body. Facts are left out on purpose: they are written once,
 * in the original, so changing a deadline never makes a translation outdated.
 * Line endings and surrounding blank lines do not count.
 */
export function originalFingerprint(title: string, body: string): string {
  const text = `${title.trim()}\n\n${body.replace(/\r\n?/g, '\n').trim()}\n`;
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}
