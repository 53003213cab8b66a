/**
 * Writes the search's Pagefind bundles into a built site (see search-records.ts
 * for what they hold), from the model rather than from the pages.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { SEARCH_BUNDLES, type SearchBundle } from '../browser/routes.ts';
import type { Site } from '../site/model.ts';
import { searchRecords } from './search-records.ts';

const BATCH = 200;

export interface IndexReport {
  records: number;
  milliseconds: number;
}

export async function writeSearchIndex(site: Site, siteDir: string): Promise<IndexReport> {
  const started = performance.now();
  let records = 0;
  // Without a notice there is no index to write: searchIndexes() tells the search not to ask for one.
  if (site.notices.length) {
    try {
      for (const bundle of Object.keys(SEARCH_BUNDLES) as SearchBundle[]) {
        records += await writeBundle(searchRecords(site, bundle), join(siteDir, SEARCH_BUNDLES[bundle]));
      }
    } finally {
      await pagefind.close();
    }
  }
  return { records, milliseconds: performance.now() - started };
}

async function writeBundle(records: Iterable<CustomRecord>, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let count = 0;
  // A few hundred records at a time: all of them at once hold every message in memory and run slower.
  for (const batch of batches(records, BATCH)) {
    const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    const failed = added.flatMap((result) => result.errors);
    if (failed.length) throw new Error(`Pagefind could not index the notices: ${failed.join('; ')}`);
    count += batch.length;
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return count;
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
