/**
 * Every language version's text rendered for its page (render.ts). A large
 * archive has tens of thousands of texts, and parsing Markdown is most of the
 * cost of loading it: they are shared among worker threads, one a processor,
 * so that a two-core runner renders them in half the time.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Language } from '../browser/languages.ts';
import { makeUrls } from '../browser/routes.ts';
import type { Attachment } from './read.ts';
import { renderMarkdown } from './render.ts';

/** One language version's text, with what its links and pictures may name. */
export interface Text {
  markdown: string;
  /** The language it is written in: the labels the renderer adds (footnotes) are in it. */
  language: Language;
  slug: string;
  attachments: readonly Attachment[];
}

/** The layout of the site's addresses, under no base path in particular. */
const layout = makeUrls('https://site.invalid', '/');

/**
 * A document's address as a notice's page links it, relative to the page: right
 * under any base path, and from the page of every language, which all lie at the
 * same depth.
 */
export function documentFromNoticePage(slug: string, name: string): string {
  return posix.relative(layout.notice('en', slug), layout.attachment(slug, name));
}

export function renderText({ markdown, language, slug, attachments }: Text): string {
  return renderMarkdown(markdown, { attachments, href: (name) => documentFromNoticePage(slug, name) }, language);
}

/** Below this many texts, starting threads costs more than it saves. */
const SHARED_FROM = 200;
/**
 * A thread's young generation, where a text's tree lives and dies. Sized by V8 for a large machine, it grew to
 * hundreds of MB per thread that the process kept; this much holds a batch (1,000 notices: peak 772 → 606 MB, less CPU).
 */
const YOUNG_MB = 16;
/** Texts sent to a thread at a time: a thread holding thousands of texts and their trees took gigabytes. */
const BATCH = 100;
// Not new URL(…, import.meta.url): bundled into Astro's pages, this module is not next to the worker, and renders in its own thread.
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'texts-worker.ts');

/** The HTML of each text, in their order. */
export async function renderTexts(texts: Text[]): Promise<string[]> {
  const threads = Math.min(availableParallelism(), 4);
  if (texts.length < SHARED_FROM || threads < 2 || !existsSync(WORKER)) return texts.map(renderText);
  const html: string[] = new Array<string>(texts.length);
  let next = 0;
  // Each thread takes the next batch as soon as it has sent back its last one.
  const work = async (worker: Worker) => {
    try {
      while (next < texts.length) {
        const start = next;
        next += BATCH;
        const done = await renderInThread(worker, texts.slice(start, start + BATCH));
        html.splice(start, done.length, ...done);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(
    Array.from({ length: threads }, () => work(new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }))),
  );
  return html;
}

function renderInThread(worker: Worker, texts: Text[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const done = (html: string[]) => {
      worker.off('error', failed);
      resolve(html);
    };
    const failed = (error: Error) => {
      worker.off('message', done);
      reject(error);
    };
    worker.once('message', done).once('error', failed);
    worker.postMessage(texts);
  });
}
