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
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { SEARCH_BUNDLES, searchPart, searchPartFolder, type SearchBundle, type SearchPart } from '../browser/routes.ts';
import type { Site } from '../site/model.ts';
import { recordsPerPart, searchRecords } from './search-records.ts';

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
    for (const bundle of Object.keys(SEARCH_BUNDLES) as SearchBundle[]) {
      const perPart = recordsPerPart(bundle, site.settings.searchPartSize);
      records += await writeBundle(searchRecords(site, bundle), bundle, perPart, siteDir);
    }
  }
  return { records, milliseconds: performance.now() - started };
}

/** One language's records in one part of a bundle, waiting on disk until the part is indexed. */
interface PartFile {
  part: SearchPart;
  number: number;
  language: string;
  /** The records' file without its .jsonl, and the folder Pagefind writes their index to. */
  path: string;
  records: number;
}

/**
 * A bundle, written a part at a time and, within a part, a language at a time: Pagefind holds an index
 * in memory until it writes it, and the text of thousands of notices in one index took gigabytes. The
 * records wait on disk, a file per part and language. Each language's index is written to a folder of
 * its own and moved into its part's folder, with one pagefind-entry.json naming every language there:
 * each part is the bundle Pagefind would have written for its records.
 *
 * Pagefind resolves the words typed against the words an index holds (a word it lacks is searched as
 * its longest prefix it knows), so parts that held different words would answer one search differently.
 * Where a language has several parts, each part also holds a record of every word of all its parts,
 * which no search lists, as it has no state and the search always asks for one (vacancy-search.ts):
 * every part then resolves a search to the same words, and together they answer as one index would.
 */
async function writeBundle(records: Iterable<CustomRecord>, bundle: SearchBundle, perPart: number, siteDir: string): Promise<number> {
  mkdirSync(siteDir, { recursive: true });
  const folder = mkdtempSync(join(siteDir, `.${bundle}-records-`));
  try {
    const files: PartFile[] = [];
    const writing = new Map<string, { file: PartFile; descriptor: number }>();
    const vocabularies = new Map<string, Set<string>>();
    for (const record of records) {
      const language = record.language ?? 'unknown';
      let current = writing.get(language);
      if (!current || current.file.records === perPart) {
        if (current) closeSync(current.descriptor);
        const number = (current?.file.number ?? 0) + 1;
        const file = { part: searchPart(bundle, number), number, language, path: join(folder, `${number}.${language}`), records: 0 };
        files.push(file);
        current = { file, descriptor: openSync(`${file.path}.jsonl`, 'w') };
        writing.set(language, current);
      }
      writeSync(current.descriptor, `${JSON.stringify(record)}\n`);
      current.file.records++;
      if (!vocabularies.has(language)) vocabularies.set(language, new Set());
      for (const word of record.content.split(/\s+/)) if (word) vocabularies.get(language)!.add(word);
    }
    for (const { descriptor } of writing.values()) closeSync(descriptor);

    const entries = new Map<SearchPart, PagefindEntry[]>();
    let count = 0;
    for (const file of files) {
      const several = writing.get(file.language)!.file.number > 1;
      const vocabulary = several ? vocabularyRecord(file, vocabularies.get(file.language)!) : undefined;
      count += await writeIndex(readRecords(`${file.path}.jsonl`), vocabulary, file.path);
      dropTexts(file.path);
      entries.set(file.part, [
        ...(entries.get(file.part) ?? []),
        JSON.parse(readFileSync(join(file.path, ENTRY), 'utf8')) as PagefindEntry,
      ]);
      moveInto(file.path, join(siteDir, searchPartFolder(file.part)), file.number === 1);
    }
    for (const [part, written] of entries) {
      const languages = Object.assign({}, ...written.map((entry) => entry.languages)) as PagefindEntry['languages'];
      writeFileSync(join(siteDir, searchPartFolder(part), ENTRY), JSON.stringify({ ...written[0], languages }));
    }
    return count;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** How Pagefind begins each fragment, once unzipped. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Empties the text Pagefind keeps in each record's fragment to make excerpts from. The search shows no
 * excerpt, only the facts of the meta, and each result shown downloads its fragment: without the text,
 * a few hundred bytes instead of a few kilobytes. The index, which finds the words, is untouched.
 * 10,000 notices: 65 MB of fragments, most of it text.
 */
function dropTexts(index: string) {
  const folder = join(index, 'fragment');
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const data = gunzipSync(readFileSync(path)).toString('utf8');
    if (!data.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${path} is not a Pagefind fragment as this build knows them`);
    const fragment = JSON.parse(data.slice(FRAGMENT_SIGNATURE.length)) as { content: string };
    fragment.content = '';
    writeFileSync(path, gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(fragment)));
  }
}

/** Every word of a language's records, for each of its parts (see writeBundle): no state, so no search lists it. */
function vocabularyRecord(file: PartFile, words: Set<string>): CustomRecord {
  return { url: `/${searchPartFolder(file.part)}#words`, content: [...words].join(' '), language: file.language };
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

/** Pagefind's own search interfaces: the site's is src/scripts/vacancy-search.ts. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;
/** What only a first part needs: the browser runs Pagefind from the first part the page names, always a part 1, and merges the others' indexes into it. */
const ENGINE = /^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/;

/** Moves an index's files into its part's folder; the files every language writes alike (pagefind.js, the wasm) replace their copies. */
function moveInto(from: string, to: string, engine: boolean) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) moveInto(source, target, engine);
    else if (entry.name !== ENTRY && !UNUSED.test(entry.name) && (engine || !ENGINE.test(entry.name))) renameSync(source, target);
  }
}

/** One index, by a Pagefind process that ends with it: the process keeps the memory an index took until it ends. */
async function writeIndex(records: AsyncIterable<CustomRecord>, vocabulary: CustomRecord | undefined, outputPath: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    if (vocabulary) {
      const added = await index.addCustomRecord(vocabulary);
      if (added.errors.length) throw new Error(`Pagefind could not index the words of ${outputPath}: ${added.errors.join('; ')}`);
    }
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
    return count;
  } finally {
    await pagefind.close();
  }
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
