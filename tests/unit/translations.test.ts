import { describe, expect, it } from 'vitest';
import { noticeTranslations, uiStringsStatus } from '../../src/site/translations.ts';
import { originalFingerprint } from '../../src/content/fingerprint.ts';
import type { Notice, NoticeVersion } from '../../src/content/notices.ts';

const version = (language: NoticeVersion['language'], translatedFrom?: string): NoticeVersion => ({
  language,
  title: 't',
  places: [],
  html: '',
  file: `index.${language}.md`,
  translatedFrom,
});

const notice = (versions: NoticeVersion[]): Notice =>
  ({
    slug: 'dpo-2024-1',
    facts: { reference: 'DPO/2024/1' },
    original: 'en',
    fingerprint: '0123abcd',
    attachments: [],
    versions,
  }) as unknown as Notice;

describe('the fingerprint a translation records of its original', () => {
  it('is eight hex digits that change when the title or the text changes', () => {
    const fingerprint = originalFingerprint('Data Protection Officer', '## The post\n\nProtect personal data.\n');
    expect(fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(originalFingerprint('Data Protection Officers', '## The post\n\nProtect personal data.\n')).not.toBe(fingerprint);
    expect(originalFingerprint('Data Protection Officer', '## The post\n\nProtect all personal data.\n')).not.toBe(fingerprint);
  });

  it('does not change with Windows line endings or blank lines around the text', () => {
    const fingerprint = originalFingerprint('Data Protection Officer', '## The post\n\nProtect personal data.\n');
    expect(originalFingerprint(' Data Protection Officer ', '\r\n## The post\r\n\r\nProtect personal data.\r\n\r\n')).toBe(fingerprint);
  });
});

describe('the translations of a notice', () => {
  it('are up to date, outdated, unchecked or missing, language by language', () => {
    const status = noticeTranslations(notice([version('en'), version('fr', '0123abcd'), version('de', 'ffff0000'), version('el')]));
    expect(status.languages).toMatchObject({ en: 'original', fr: 'present', de: 'outdated', el: 'unchecked', pl: 'missing' });
    expect(Object.keys(status.languages)).toHaveLength(24);
    expect(status).toMatchObject({ reference: 'DPO/2024/1', fingerprint: '0123abcd' });
  });
});

describe('the interface strings still to translate', () => {
  const english = { notice: { deadline: 'Deadline', status: 'Status', count_one: '{{count}} day', count_other: '{{count}} days' } };

  it('lists keys a language lacks and strings left in English, and not the ones allowed to be the same', () => {
    const status = uiStringsStatus(
      {
        en: english,
        fr: {
          notice: {
            deadline: 'Deadline',
            status: 'Statut',
            count_one: '{{count}} jour',
            count_many: '{{count}} jours',
            count_other: '{{count}} jours',
          },
        },
        de: { notice: { status: 'Status', count_one: '{{count}} Tag', count_other: '{{count}} Tage' } },
      },
      { de: ['notice.status'] },
    );
    expect(status.find((entry) => entry.language === 'fr')).toEqual({ language: 'fr', missing: [], sameAsEnglish: ['notice.deadline'] });
    expect(status.find((entry) => entry.language === 'de')).toEqual({ language: 'de', missing: ['notice.deadline'], sameAsEnglish: [] });
    expect(status.find((entry) => entry.language === 'pl')!.missing).toEqual(['notice.deadline', 'notice.status', 'notice.count']);
    expect(status).toHaveLength(23);
  });
});
