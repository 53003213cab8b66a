import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  cachedShareImage,
  renderShareImage,
  shareImageAlt,
  shareImageSvg,
  textWidth,
  wrap,
  type ShareCard,
} from '../../src/outputs/share-image.ts';

const card: ShareCard = {
  language: 'en',
  organisation: 'European Commission',
  title: 'Policy Officer – Cybersecurity Strategy',
  reference: { label: 'Reference', value: 'EPSO/AD/2024/101' },
  grade: { label: 'Grade', value: 'AD6' },
  deadline: { label: 'Deadline for applications', value: 'Monday, June 3, 2024, 12:00 PM Brussels time' },
};

/** Width, height and RGBA pixels of a PNG whose rows are unfiltered, as ours are. */
function decode(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const pixel = (x: number, y: number) => {
    const row = y * (width * 4 + 1);
    expect(rows[row]).toBe(0);
    return [...rows.subarray(row + 1 + x * 4, row + 1 + x * 4 + 4)];
  };
  return { width, height, pixel };
}

const titleLines = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]!);

describe('the picture of a shared notice', () => {
  it("is a 1200×630 PNG in the institution's blue with a yellow band", async () => {
    const { width, height, pixel } = decode(await renderShareImage(card));
    expect([width, height]).toEqual([1200, 630]);
    expect(pixel(5, 5)).toEqual([0x00, 0x44, 0x94, 255]);
    expect(pixel(600, 620)).toEqual([0xff, 0xd6, 0x17, 255]);
  });

  it('shows the organisation, title, reference, grade and deadline, with markup in them kept as text', () => {
    const svg = shareImageSvg({ ...card, title: 'R&D <Officer>' });
    for (const text of [
      'European Commission',
      'R&amp;D &lt;Officer&gt;',
      'EPSO/AD/2024/101',
      'AD6',
      'Monday, June 3, 2024, 12:00 PM Brussels time',
      'Deadline for applications',
    ]) {
      expect(svg).toContain(text);
    }
    expect(shareImageAlt(card)).toBe(
      'Policy Officer – Cybersecurity Strategy · European Commission · EPSO/AD/2024/101 · AD6 · Monday, June 3, 2024, 12:00 PM Brussels time',
    );
  });

  it('draws Greek and Cyrillic with the font it ships, and nothing from fonts of the machine', () => {
    expect(textWidth('Ω', 100, 700)).toBeGreaterThan(30);
    expect(textWidth('Ж', 100, 400)).toBeGreaterThan(30);
    expect(textWidth('Ș', 100, 700)).toBeGreaterThan(30);
    // Characters Noto Sans lacks all get its same missing-glyph box: no font of the machine
    // (such as DejaVu Sans, which has Armenian and Hebrew) stepped in to draw them.
    const missing = textWidth('漢', 100, 400);
    expect(textWidth('Ա', 100, 400)).toBe(missing);
    expect(textWidth('א', 100, 400)).toBe(missing);
  });

  it('measures text as drawn: wider in bold, twice as wide at twice the size', () => {
    expect(textWidth('Officer', 100, 700)).toBeGreaterThan(textWidth('Officer', 100, 400));
    expect(textWidth('Officer', 80, 400)).toBeCloseTo(2 * textWidth('Officer', 40, 400), 5);
    expect(textWidth('a b', 50, 400)).toBeGreaterThan(textWidth('ab', 50, 400));
  });

  it('wraps a title within the picture, breaking a word only when it is wider than a line', () => {
    const lines = wrap(
      'Informationssicherheitsbeauftragter Cybersicherheitsbedrohungsanalysezentrumsleitungsstellvertreterin',
      48,
      700,
      1040,
    );
    for (const line of lines) expect(textWidth(line, 48, 700)).toBeLessThanOrEqual(1040);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('Informationssicherheitsbeauftragter');
    expect(lines.join('')).toBe('InformationssicherheitsbeauftragterCybersicherheitsbedrohungsanalysezentrumsleitungsstellvertreterin');
  });

  it('makes a long title smaller, and cuts a very long one with an ellipsis', () => {
    expect(titleLines(shareImageSvg(card))).toEqual(['Policy Officer – Cybersecurity', 'Strategy']);
    expect(shareImageSvg(card)).toContain('<text font-size="64" font-weight="700" fill="#ffffff"><tspan');
    const long = {
      ...card,
      title:
        'Юрист-лингвист с отлично владеене на български език и поне два други официални езика на Европейския съюз, за отдел „Превод“ в Люксембург',
    };
    expect(titleLines(shareImageSvg(long)).length).toBeGreaterThan(2);
    expect(shareImageSvg(long)).not.toContain('font-size="64" font-weight="700" fill="#ffffff"><tspan');
    const endless = { ...card, title: 'Officer '.repeat(60).trim() };
    const lines = titleLines(shareImageSvg(endless));
    expect(lines.length).toBeLessThanOrEqual(5);
    expect(lines.at(-1)).toMatch(/…$/);
  });
});

describe('the share-picture cache', () => {
  it('draws a picture once and reuses it for the same card, keyed by what it shows', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'share-pictures-'));
    try {
      const first = await cachedShareImage(card, folder);
      const [file] = readdirSync(folder);
      expect(decode(first).width).toBe(1200);
      // What the next build gets is the file in the cache, not a new drawing.
      writeFileSync(join(folder, file!), 'kept from the previous build');
      expect((await cachedShareImage(card, folder)).toString()).toBe('kept from the previous build');
      // Another card, another picture.
      await cachedShareImage({ ...card, title: 'Legal Officer' }, folder);
      expect(readdirSync(folder)).toHaveLength(2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
