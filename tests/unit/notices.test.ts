import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotices } from '../../src/content/notices.ts';
import { slugOfReference } from '../../src/content/slug.ts';
import { activeContent } from '../support/active-content.ts';

function contentWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'eu-vacancies-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'vacancies', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'vacancies', path), text);
  }
  return dir;
}

const facts = (deadline: string, body = 'The post.') => `---
reference: TEST/2024/1
title: Test Officer
staffCategory: contract-agent
grade: FGIII
domain: ict
locations: [{ city: Luxembourg, country: LU }]
deadline: ${deadline}
apply: { url: "https://example.eu/apply" }
---

${body}
`;

describe('reading notices', () => {
  it('makes the slug from the reference', () => {
    expect(slugOfReference('DIGIT/COM/2024/461')).toBe('digit-com-2024-461');
  });

  it('reads an unquoted deadline as the wall-clock time written, never shifted to UTC', async () => {
    const { notices, problems } = await loadNotices(contentWith({ 'test-2024-1/index.en.md': facts('2024-04-19T12:00') }));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(notices[0]!.facts.deadline.iso).toBe('2024-04-19T12:00:00+02:00');
  });

  it('reads an unquoted deadline with a space and seconds the same way', async () => {
    const { notices } = await loadNotices(contentWith({ 'test-2024-1/index.en.md': facts('2024-04-19 12:00:00') }));
    expect(notices[0]!.facts.deadline.iso).toBe('2024-04-19T12:00:00+02:00');
  });

  it.each([
    ['a script element', '<script>alert(1)</script>', 'Before'],
    [
      'an onerror handler on an image',
      '<img src="a.png" onerror="alert(2)" alt="a">',
      '<img src="../../../vacancies/test-2024-1/a.png" alt="a">',
    ],
    ['an onclick handler on a link', '<a href="https://example.eu/" onclick="alert(3)">read</a>', '<a href="https://example.eu/">read</a>'],
    ['a javascript: link in Markdown', '[read](javascript:alert(4))', 'read'],
    ['a javascript: link in HTML', '<a href="javascript:alert(5)">read</a>', 'read'],
    ['an entity-encoded javascript: link in HTML', '<a href="java&#115;cript:alert(6)">read</a>', 'read'],
    ['an entity-encoded javascript: link in Markdown', '[read](java&#115;cript:alert(7))', 'read'],
    ['a javascript: link in capitals, with a tab and a leading space', '<a href=" JaVa&#9;ScRiPt:alert(8)">read</a>', 'read'],
    ['an iframe', '<iframe src="https://example.com/"></iframe>', 'Before'],
    ['an svg with an onload handler', '<svg onload="alert(9)"><circle r="5"></circle></svg>', 'Before'],
  ])('strips %s from the body, and keeps the text around it', async (_, pattern, kept) => {
    const body = `Before ${pattern} after.`;
    const { notices } = await loadNotices(
      contentWith({ 'test-2024-1/index.en.md': facts('"2024-04-19T12:00"', body), 'test-2024-1/a.png': 'PNG' }),
    );
    const html = notices[0]!.versions[0]!.html;
    expect(activeContent(html)).toEqual([]);
    expect(html).toContain(kept);
    expect(html).toContain('after.');
  });

  it("keeps ordinary links, e-mail addresses and the notice's own pictures and documents in the body", async () => {
    const body = '[apply](https://example.eu/apply) <a href="mailto:jobs@example.eu">write</a> ![plan](plan.png) [form](form.pdf)';
    const { notices, problems } = await loadNotices(
      contentWith({
        'test-2024-1/index.en.md': facts('"2024-04-19T12:00"', body),
        'test-2024-1/plan.png': 'PNG',
        'test-2024-1/form.pdf': 'PDF',
      }),
    );
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const html = notices[0]!.versions[0]!.html;
    expect(html).toContain('<a href="https://example.eu/apply">apply</a>');
    expect(html).toContain('<a href="mailto:jobs@example.eu">write</a>');
    // From the page /en/vacancies/test-2024-1/, the documents published at /vacancies/test-2024-1/.
    expect(html).toContain('<img src="../../../vacancies/test-2024-1/plan.png" alt="plan">');
    expect(html).toContain('<a href="../../../vacancies/test-2024-1/form.pdf">form</a>');
  });

  it('publishes no notice whose text shows a picture from elsewhere, in the check as in the build', async () => {
    const body = 'Our building:\n\n![building](https://example.com/building.jpg)';
    const { notices, problems } = await loadNotices(contentWith({ 'test-2024-1/index.en.md': facts('"2024-04-19T12:00"', body) }));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({ line: 14, message: expect.stringContaining('"https://example.com/building.jpg" is on another site') }),
    ]);
    expect(notices).toEqual([]);
  });

  it('gives a translation its own title and place names and the original facts', async () => {
    const { notices } = await loadNotices(
      contentWith({
        'test-2024-1/index.en.md': facts('"2024-04-19T12:00"'),
        'test-2024-1/index.de.md': '---\ntitle: Testbeauftragte\nplaces: [Luxemburg]\ngrade: FG III\n---\n\nDie Stelle.\n',
      }),
    );
    const german = notices[0]!.versions.find((version) => version.language === 'de')!;
    expect(german).toMatchObject({ title: 'Testbeauftragte', places: ['Luxemburg'] });
    expect(german.html).toContain('Die Stelle.');
  });

  it('reports every problem of every notice at once', async () => {
    const { problems } = await loadNotices(
      contentWith({
        'test-2024-1/index.en.md': facts('"19/04/2024"').replace('FGIII', 'FGV'),
        'test-2024-2/index.en.md': facts('"2024-04-19T12:00"').replace('TEST/2024/1', 'TEST/2024/2').replace('ict', 'cooking'),
      }),
    );
    expect(problems.map((problem) => `${problem.file.replace(/^.*vacancies\//, '')} ${problem.field}`)).toEqual([
      'test-2024-1/index.en.md grade',
      'test-2024-1/index.en.md deadline',
      'test-2024-2/index.en.md domain',
    ]);
  });
});
