/**
 * Builds the Pagefind search index of a built site: one index per language
 * (from each page's <html lang>), notice pages only, in <site>/pagefind/.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { NOTICE_PAGES_GLOB } from '../browser/routes.ts';

export interface IndexReport {
  pages: number;
  milliseconds: number;
}

export async function writeSearchIndex(siteDir: string): Promise<IndexReport> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Only notice pages are results; listings, embeds and the language chooser would be noise.
    const added = await index.addDirectory({ path: siteDir, glob: NOTICE_PAGES_GLOB });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, milliseconds: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}
