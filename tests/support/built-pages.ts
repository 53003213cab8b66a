/** The HTML pages of a built site, and the kind of page each one is. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Paths of the .html files under `dir`, relative to it. */
export function htmlPages(dir: string): string[] {
  const files = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(folder, entry.name)) : entry.name.endsWith('.html') ? [join(folder, entry.name)] : [],
    );
  return files(dir).map((file) => relative(dir, file));
}

/**
 * The template a page is made from, with the notice it shows: fr/staff-category/official/index.html
 * is a {lang}/staff-category/{value}/index.html; each notice of a fixture (translated or not,
 * open, closing soon or closed, written in French) stays a case of its own.
 */
export const kindOf = (path: string) =>
  path.replace(/^[a-z]{2}\//, '{lang}/').replace(/(^|\/)(staff-category|function-group)\/[^/]+\//, '$1$2/{value}/');

/** One page of each kind: the first of each. */
export function onePerKind(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => !seen.has(kindOf(path)) && Boolean(seen.add(kindOf(path))));
}
