/**
 * Writes the search's Pagefind bundles into a built site (see search-records.ts
 * for what they hold), from the model rather than from the pages.
 */
import {
  closeSync,
  createReadStream,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
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

/**
 * A bundle, written one language at a time: Pagefind holds a whole index in memory until it is
 * written, and the text of ten thousand notices in every language at once took gigabytes. The
 * records wait on disk, a file per language, rather than in memory; each language's index is
 * written to a folder of its own and moved into the bundle, with one pagefind-entry.json naming
 * every language: the bundle the browser reads is the one Pagefind would have written.
 */
async function writeBundle(records: Iterable<CustomRecord>, outputPath: string): Promise<number> {
  mkdirSync(dirname(outputPath), { recursive: true });
  const parts = mkdtempSync(`${outputPath.replace(/\/$/, '')}-parts-`);
  try {
    const files = new Map<string, number>();
    for (const record of records) {
      const language = record.language ?? 'unknown';
      if (!files.has(language)) files.set(language, openSync(join(parts, `${language}.jsonl`), 'w'));
      writeSync(files.get(language)!, `${JSON.stringify(record)}\n`);
    }
    for (const file of files.values()) closeSync(file);
    const entries: PagefindEntry[] = [];
    let count = 0;
    for (const language of files.keys()) {
      const part = join(parts, language);
      count += await writeIndex(readRecords(join(parts, `${language}.jsonl`)), part);
      entries.push(JSON.parse(readFileSync(join(part, ENTRY), 'utf8')) as PagefindEntry);
      moveInto(part, outputPath);
    }
    const [first] = entries;
    if (first) {
      const languages = Object.assign({}, ...entries.map((entry) => entry.languages)) as PagefindEntry['languages'];
      writeFileSync(join(outputPath, ENTRY), JSON.stringify({ ...first, languages }));
    }
    return count;
  } finally {
    rmSync(parts, { recursive: true, force: true });
  }
}

async function* readRecords(file: string): AsyncGenerator<CustomRecord> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line) yield JSON.parse(line) as CustomRecord;
  }
}

const ENTRY = 'pagefind-entry.json';

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

/** Moves a folder's files into another; the files every language writes alike (pagefind.js, the wasm) replace their copies. */
function moveInto(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) moveInto(source, target);
    else if (entry.name !== ENTRY) renameSync(source, target);
  }
}

async function writeIndex(records: AsyncIterable<CustomRecord>, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let count = 0;
  // A few hundred records at a time: all of them at once hold every message in memory and run slower.
  for await (const batch of batches(records, BATCH)) {
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

async function* batches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
