/**
 * The picture shown where a notice's address is shared (Open Graph and
 * Twitter cards): 1200×630, the title, reference, grade and deadline in white
 * and yellow on the institution's blue. Drawn as SVG, turned into PNG by resvg
 * at build time with Noto Sans from npm (Latin, Greek and Cyrillic), so that
 * no system font and no network is ever used.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { formatDeadline, formatGrade } from '../site/format.ts';
import type { Translate } from '../site/i18n.ts';
import type { Language } from '../browser/languages.ts';
import { organisationFor, versionFor } from '../site/notice-view.ts';
import type { Notice } from '../content/notices.ts';
import { xmlText } from './xml.ts';
import { cacheDir } from '../site/environment.ts';

const deflateAsync = promisify(deflate);

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

const BLUE = '#004494';
const YELLOW = '#ffd617';
const WHITE = '#ffffff';
const PALE = '#c9d8ef';
const MARGIN = 80;
const TEXT_WIDTH = SHARE_IMAGE_WIDTH - 2 * MARGIN;

export interface LabelledValue {
  label: string;
  value: string;
}

export interface ShareCard {
  /** Language of the title and labels, for the SVG's xml:lang. */
  language: string;
  organisation: string;
  title: string;
  reference: LabelledValue;
  grade?: LabelledValue;
  deadline: LabelledValue;
}

type Weight = 400 | 700;

// Resolved from the project, not from this file: the build runs it from a bundle elsewhere.
const fromProject = createRequire(join(process.cwd(), 'package.json'));
const FONT_FILES = [
  fromProject.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  fromProject.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

const RENDER_OPTIONS: ResvgRenderOptions = {
  font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
  logLevel: 'off',
};

const advances = new Map<string, number>();

/** Width of one character in em, as resvg lays it out with the shipped font; measured once per character. */
function advance(character: string, weight: Weight): number {
  const key = `${weight}${character}`;
  let width = advances.get(key);
  if (width === undefined) {
    // Between two H's, so that the ink edges cancel out and spaces count.
    const inkWidth = (text: string) =>
      new Resvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200" xml:space="preserve"><text x="0" y="150" font-family="Noto Sans" font-size="100" font-weight="${weight}">${xmlText(text)}</text></svg>`,
        RENDER_OPTIONS,
      ).getBBox()?.width ?? 0;
    width = (inkWidth(`H${character.repeat(10)}H`) - inkWidth('HH')) / 1000;
    advances.set(key, width);
  }
  return width;
}

export function textWidth(text: string, size: number, weight: Weight): number {
  let width = 0;
  for (const character of text) width += advance(character, weight);
  return width * size;
}

/** Breaks text into lines no wider than `width`; a word wider than a line is broken where it must be. */
export function wrap(text: string, size: number, weight: Weight, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, weight) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const character of word) {
      if (line && textWidth(line + character, size, weight) > width) {
        lines.push(line);
        line = '';
      }
      line += character;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Cuts lines to `max`, ending the last one with an ellipsis that fits. */
function clip(lines: string[], max: number, size: number, weight: Weight, width: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && textWidth(`${last}…`, size, weight) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** The largest size, down to `min`, at which the text fits on one line. */
function fittingSize(text: string, size: number, min: number, weight: Weight, width: number): number {
  const natural = textWidth(text, size, weight);
  return natural <= width ? size : Math.max(min, Math.floor((size * width) / natural));
}

const TITLE_TOP = 128;
const TITLE_BOTTOM = 404;

/** The title as large as it fits in its band: 64 px on up to three lines, smaller for long titles. */
function titleLines(title: string): { size: number; lines: string[] } {
  for (const size of [64, 56, 48, 42]) {
    const lines = wrap(title, size, 700, TEXT_WIDTH);
    if (lines.length <= maxTitleLines(size)) return { size, lines };
  }
  const size = 42;
  return { size, lines: clip(wrap(title, size, 700, TEXT_WIDTH), maxTitleLines(size), size, 700, TEXT_WIDTH) };
}

const lineHeight = (size: number) => Math.round(size * 1.2);
const maxTitleLines = (size: number) => Math.floor((TITLE_BOTTOM - TITLE_TOP - size * 0.25) / lineHeight(size));

function textElement(x: number, y: number, size: number, weight: Weight, fill: string, text: string): string {
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${xmlText(text)}</text>`;
}

function labelled(x: number, y: number, width: number, fact: LabelledValue): string {
  const valueSize = fittingSize(fact.value, 34, 22, 700, width);
  const labelSize = fittingSize(fact.label, 24, 16, 400, width);
  return textElement(x, y, labelSize, 400, PALE, fact.label) + textElement(x, y + 42, valueSize, 700, WHITE, fact.value);
}

export function shareImageSvg(card: ShareCard): string {
  const organisationSize = fittingSize(card.organisation, 32, 20, 700, TEXT_WIDTH);
  const title = titleLines(card.title);
  const titleSpans = title.lines
    .map((line, index) => `<tspan x="${MARGIN}" y="${TITLE_TOP + title.size + index * lineHeight(title.size)}">${xmlText(line)}</tspan>`)
    .join('');
  const column = TEXT_WIDTH / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE_WIDTH}" height="${SHARE_IMAGE_HEIGHT}" viewBox="0 0 ${SHARE_IMAGE_WIDTH} ${SHARE_IMAGE_HEIGHT}" xml:lang="${xmlText(card.language)}" font-family="Noto Sans">`,
    `<rect width="${SHARE_IMAGE_WIDTH}" height="${SHARE_IMAGE_HEIGHT}" fill="${BLUE}"/>`,
    `<rect y="${SHARE_IMAGE_HEIGHT - 24}" width="${SHARE_IMAGE_WIDTH}" height="24" fill="${YELLOW}"/>`,
    textElement(MARGIN, 96, organisationSize, 700, YELLOW, card.organisation),
    `<text font-size="${title.size}" font-weight="700" fill="${WHITE}">${titleSpans}</text>`,
    labelled(MARGIN, 448, card.grade ? column - 24 : TEXT_WIDTH, card.reference),
    card.grade ? labelled(MARGIN + column, 448, column, card.grade) : '',
    labelled(MARGIN, 532, TEXT_WIDTH, card.deadline),
    '</svg>',
  ].join('');
}

/** The card of a notice's language version: its title, and its facts written as that version's readers read them. */
export function shareCardOf(notice: Notice, language: Language, t: Translate): ShareCard {
  const { facts } = notice;
  return {
    language,
    organisation: organisationFor(notice, language).name,
    title: versionFor(notice, language).title,
    reference: { label: t('notice.reference'), value: facts.reference },
    grade: facts.grade && { label: t('notice.grade'), value: formatGrade(facts.grade, language, t) },
    deadline: { label: t('notice.deadline'), value: formatDeadline(facts.deadline, language, t) },
  };
}

/** What the picture shows, for og:image:alt. */
export function shareImageAlt(card: ShareCard): string {
  return [card.title, card.organisation, card.reference.value, card.grade?.value, card.deadline.value].filter(Boolean).join(' · ');
}

function pngChunk(type: string, data: Buffer): Buffer[] {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))));
  return [head, data, crc];
}

/**
 * RGBA pixels as a PNG. resvg has its own encoder, but it runs on the main
 * thread; zlib compresses in the thread pool, so the build goes on meanwhile.
 */
export async function encodePng(pixels: Buffer, width: number, height: number): Promise<Buffer> {
  const stride = width * 4;
  // Each row starts with its filter type, 0 (none): flat colours compress well without one.
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) pixels.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ...pngChunk('IHDR', header),
    ...pngChunk('IDAT', await deflateAsync(rows, { level: 6 })),
    ...pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The card as a PNG, drawn and compressed off the main thread. */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const image = await renderAsync(shareImageSvg(card), RENDER_OPTIONS);
  return encodePng(image.pixels, image.width, image.height);
}

/**
 * The card as a PNG from the cache folder when a picture of exactly the same
 * drawing was made by an earlier build (the CI workflows keep the folder), else drawn and kept there.
 */
export async function cachedShareImage(card: ShareCard, folder = join(cacheDir(), 'share-pictures')): Promise<Buffer> {
  const file = join(folder, `${createHash('sha256').update(shareImageSvg(card)).digest('hex').slice(0, 32)}.png`);
  try {
    return await readFile(file);
  } catch {
    const image = await renderShareImage(card);
    await mkdir(folder, { recursive: true });
    // Written under another name first, so that a build cut short never leaves half a picture to reuse.
    await writeFile(`${file}.${process.pid}`, image);
    await rename(`${file}.${process.pid}`, file);
    return image;
  }
}

// Two pictures at a time: one per core of a small machine, and two threads of the
// pool left for the build's own file writes.
const AT_ONCE = 2;
let drawing = 0;
const queue: (() => void)[] = [];
const drawn = new Map<string, Promise<Buffer>>();

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (drawing >= AT_ONCE) await new Promise<void>((go) => queue.push(go));
  drawing++;
  try {
    return await work();
  } finally {
    drawing--;
    queue.shift()?.();
  }
}

/** Starts drawing a picture, so that it is ready, or nearly, when its file is written. */
export function startDrawing(key: string, card: ShareCard): void {
  if (drawn.has(key)) return;
  const image = inTurn(() => cachedShareImage(card));
  // Whoever takes the picture sees the failure; until then it is not unhandled.
  image.catch(() => {});
  drawn.set(key, image);
}

/** The picture, drawn now or earlier; it is forgotten once taken, so the build does not hold them all. */
export async function takeDrawing(key: string, card: ShareCard): Promise<Buffer> {
  startDrawing(key, card);
  const image = drawn.get(key)!;
  drawn.delete(key);
  return image;
}

/** Open Graph wants a locale with a territory; each language's is where most of its speakers in the Union live. */
const OPEN_GRAPH_LOCALES: Record<Language, string> = {
  bg: 'bg_BG',
  cs: 'cs_CZ',
  da: 'da_DK',
  de: 'de_DE',
  el: 'el_GR',
  en: 'en_IE',
  es: 'es_ES',
  et: 'et_EE',
  fi: 'fi_FI',
  fr: 'fr_FR',
  ga: 'ga_IE',
  hr: 'hr_HR',
  hu: 'hu_HU',
  it: 'it_IT',
  lt: 'lt_LT',
  lv: 'lv_LV',
  mt: 'mt_MT',
  nl: 'nl_NL',
  pl: 'pl_PL',
  pt: 'pt_PT',
  ro: 'ro_RO',
  sk: 'sk_SK',
  sl: 'sl_SI',
  sv: 'sv_SE',
};

export function openGraphLocale(language: Language): string {
  return OPEN_GRAPH_LOCALES[language];
}
