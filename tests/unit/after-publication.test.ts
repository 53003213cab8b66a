import { describe, expect, it } from 'vitest';
import { attachmentsView, corrigendaView, formatBytes } from '../../src/site/after-publication.ts';
import { translator } from '../../src/site/i18n.ts';
import type { Notice, NoticeVersion } from '../../src/content/notices.ts';

const english = { language: 'en', title: 'Analyst', places: [], html: '', file: 'index.en.md' } as NoticeVersion;
const french = {
  language: 'fr',
  title: 'Analyste',
  places: [],
  html: '',
  file: 'index.fr.md',
  corrigenda: ['La date limite a été prolongée.'],
} as NoticeVersion;
const notice = {
  original: 'en',
  facts: {
    corrigenda: [
      { date: '2024-04-10', text: 'The deadline was extended.' },
      { date: '2024-04-18', text: 'The form was replaced.' },
    ],
  },
  versions: [english, french],
} as unknown as Notice;

describe('corrections shown at the top of a notice', () => {
  it('come newest first, with a heading dated in the reader language', () => {
    const view = corrigendaView(notice, english, 'en', translator('en'));
    expect(view.map((corrigendum) => corrigendum.heading)).toEqual(['Correction of 18 April 2024', 'Correction of 10 April 2024']);
    expect(view.map((corrigendum) => corrigendum.lang)).toEqual([undefined, undefined]);
  });

  it('use the translation of a correction where there is one, and mark the original words where there is none', () => {
    const view = corrigendaView(notice, french, 'fr', translator('fr'));
    expect(view).toEqual([
      { heading: 'Rectificatif du 18 avril 2024', date: '2024-04-18', text: 'The form was replaced.', lang: 'en' },
      { heading: 'Rectificatif du 10 avril 2024', date: '2024-04-10', text: 'La date limite a été prolongée.', lang: undefined },
    ]);
  });

  it('are marked as English on a Polish page that shows the English original', () => {
    expect(corrigendaView(notice, english, 'pl', translator('pl'))[0]).toMatchObject({
      heading: 'Sprostowanie z dnia 18 kwietnia 2024',
      lang: 'en',
    });
  });
});

describe('documents published with a notice', () => {
  it('say their type and size in the reader language', () => {
    expect(formatBytes(980, 'en')).toBe('980 byte');
    expect(formatBytes(245_300, 'en')).toBe('245 kB');
    expect(formatBytes(1_250_000, 'fr')).toBe('1,3\u202fMo');
    const [form] = attachmentsView(
      [{ name: 'form.pdf', source: '/x/form.pdf', bytes: 245_300, type: 'PDF' }],
      (name) => `/vacancies/dpo/${name}`,
      'de',
    );
    expect(form).toEqual({ name: 'form.pdf', href: '/vacancies/dpo/form.pdf', details: 'PDF, 245 kB' });
  });
});
