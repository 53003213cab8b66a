import { describe, expect, it } from 'vitest';
import { renderText, renderTexts, type Text } from '../../src/content/texts.ts';

describe("an archive's texts, rendered side by side in threads", () => {
  it('come back as each would alone, in their order', async () => {
    const texts: Text[] = Array.from({ length: 450 }, (_, index) => ({
      markdown: `## Post ${index}\n\nSee [the form](form-${index}.pdf)[^1].\n\n[^1]: Footnote ${index}.`,
      language: index % 2 ? 'fr' : 'en',
      slug: `notice-${index}`,
      attachments: [
        { name: `form-${index}.pdf`, type: 'PDF', source: `/content/vacancies/notice-${index}/form-${index}.pdf`, bytes: 1000 },
      ],
    }));
    expect(await renderTexts(texts)).toEqual(texts.map(renderText));
  });
});
