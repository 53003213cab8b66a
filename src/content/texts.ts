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
// Not new URL(…, import.meta.url): bundled into Astro's pages, this module is not next to the worker, and renders in its own thread.
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'texts-worker.ts');

/** The HTML of each text, in their order. */
export async function renderTexts(texts: Text[]): Promise<string[]> {
  const threads = Math.min(availableParallelism(), 4);
  if (texts.length < SHARED_FROM || threads < 2 || !existsSync(WORKER)) return texts.map(renderText);
  const share = Math.ceil(texts.length / threads);
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, thread) => renderInThread(texts.slice(thread * share, (thread + 1) * share))),
  );
  return parts.flat();
}

function renderInThread(texts: Text[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: texts });
    worker.once('message', (html: string[]) => resolve(html));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`rendering notices' texts stopped with exit code ${code}`)));
  });
}
