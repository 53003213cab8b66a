import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNotices } from '../../src/content/notices.ts';
import { slugOfReference } from '../../src/content/slug.ts';

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
    const { notices, problems } = await loadNotices(contentWith({ 'test-2024-1/en.md': facts('2024-04-19T12:00') }));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(notices[0]!.facts.deadline.iso).toBe('2024-04-19T12:00:00+02:00');
  });

  it('reads an unquoted deadline with a space and seconds the same way', async () => {
    const { notices } = await loadNotices(contentWith({ 'test-2024-1/en.md': facts('2024-04-19 12:00:00') }));
    expect(notices[0]!.facts.deadline.iso).toBe('2024-04-19T12:00:00+02:00');
  });

  it('strips scripts, event handlers and javascript: links from the body', async () => {
    const body = `Hello <script>alert(1)</script> <img src="a.png" onerror="alert(2)" alt="a">

[bad](javascript:alert(3)) <a href="javascript:alert(4)" onclick="alert(5)">x</a> [good](https://example.eu/)`;
    const { notices } = await loadNotices(contentWith({ 'test-2024-1/en.md': facts('"2024-04-19T12:00"', body) }));
    const html = notices[0]!.versions[0]!.html;
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
    expect(html).toContain('<a href="https://example.eu/">good</a>');
    expect(html).toContain('<img src="a.png" alt="a">');
  });

  it('gives a translation its own title and place names and the original facts', async () => {
    const { notices } = await loadNotices(
      contentWith({
        'test-2024-1/en.md': facts('"2024-04-19T12:00"'),
        'test-2024-1/de.md': '---\ntitle: Testbeauftragte\nplaces: [Luxemburg]\ngrade: FG III\n---\n\nDie Stelle.\n',
      }),
    );
    const german = notices[0]!.versions.find((version) => version.language === 'de')!;
    expect(german).toMatchObject({ title: 'Testbeauftragte', places: ['Luxemburg'] });
    expect(german.html).toContain('Die Stelle.');
  });

  it('reports every problem of every notice at once', async () => {
    const { problems } = await loadNotices(
      contentWith({
        'test-2024-1/en.md': facts('"19/04/2024"').replace('FGIII', 'FGV'),
        'test-2024-2/en.md': facts('"2024-04-19T12:00"').replace('TEST/2024/1', 'TEST/2024/2').replace('ict', 'cooking'),
      }),
    );
    expect(problems.map((problem) => `${problem.file.replace(/^.*vacancies\//, '')} ${problem.field}`)).toEqual([
      'test-2024-1/en.md grade',
      'test-2024-1/en.md deadline',
      'test-2024-2/en.md domain',
    ]);
  });
});
