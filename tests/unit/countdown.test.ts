import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, formatInReaderZone, formatTimeLeft, nextChangeIn } from '../../src/browser/countdown.ts';
import { parseDeadline } from '../../src/content/deadline.ts';
import { translator } from '../../src/site/i18n.ts';
import { LANGUAGES, type Language } from '../../src/browser/languages.ts';
import { countdownStrings } from '../../src/site/notice-view.ts';
import { withoutIntlData } from './without-intl-data.ts';

const strings = (language: Language) => countdownStrings(language, translator(language));
const left = (language: Language, ms: number) => formatTimeLeft(ms, strings(language));

describe('the time left before a deadline', () => {
  it('counts days and hours while more than a day is left', () => {
    expect(left('en', 3 * DAY + 4 * HOUR + 59 * MINUTE)).toBe('3 days and 4 hours left');
    expect(left('en', 1 * DAY + 1 * HOUR)).toBe('1 day and 1 hour left');
    expect(left('en', 2 * DAY + 10 * MINUTE)).toBe('2 days left');
  });

  it('counts hours and minutes in the last day', () => {
    expect(left('en', 5 * HOUR + 1 * MINUTE)).toBe('5 hours and 1 minute left');
    expect(left('en', 59 * MINUTE + 59_000)).toBe('59 minutes left');
    expect(left('en', 30_000)).toBe('Less than a minute left');
  });

  it('is real elapsed time across the spring clock change: 47 hours are 1 day and 23 hours', () => {
    const before = parseDeadline('2024-03-30T12:00');
    const after = parseDeadline('2024-04-01T12:00');
    if (!before.ok || !after.ok) throw new Error('fixture');
    expect(left('en', after.value.epochMilliseconds - before.value.epochMilliseconds)).toBe('1 day and 23 hours left');
  });

  it('is real elapsed time across the autumn clock change: 49 hours are 2 days and 1 hour', () => {
    const before = parseDeadline('2024-10-26T12:00');
    const after = parseDeadline('2024-10-28T12:00');
    if (!before.ok || !after.ok) throw new Error('fixture');
    expect(left('en', after.value.epochMilliseconds - before.value.epochMilliseconds)).toBe('2 days and 1 hour left');
  });

  it.each([
    ['pl', [1, 2, 5, 22], ['1 dzień', '2 dni', '5 dni', '22 dni']],
    ['cs', [1, 2, 5], ['1 den', '2 dny', '5 dní']],
    ['sl', [1, 2, 3, 5], ['1 dan', '2 dneva', '3 dnevi', '5 dni']],
    ['lt', [1, 2, 10, 21], ['1 diena', '2 dienos', '10 dienų', '21 diena']],
    ['lv', [1, 2, 10], ['1 diena', '2 dienas', '10 dienu']],
    ['ga', [1, 2, 3, 7, 11], ['1 lá', '2 lá', '3 lá', '7 lá', '11 lá']],
    ['mt', [1, 2, 3, 11, 20], ['1 jum', '2 ijiem', '3 ijiem', '11-il jum', '20 jum']],
  ] as const)('uses the plural forms of %s', (language, counts, expected) => {
    const texts = counts.map((count) => left(language, count * DAY));
    expected.forEach((form, index) => expect(texts[index]).toContain(form));
  });

  it('has the words for every state and every unit in all 24 languages', () => {
    for (const language of LANGUAGES) {
      const all = strings(language);
      expect(Object.keys(all.days).sort(), language).toEqual([...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort());
      for (const text of [all.left, all.and, all.lessThanMinute, all.nowClosed, all.nowClosingSoon, ...Object.values(all.states)]) {
        expect(text, language).not.toMatch(/^countdown\.|^notice\./);
      }
    }
  });
});

describe('when the countdown next needs to change', () => {
  it('waits for the next hour while days are shown', () => {
    expect(nextChangeIn(10 * DAY + 3 * HOUR + 20 * MINUTE, 7)).toBe(20 * MINUTE);
  });

  it('waits for the next minute in the last day', () => {
    expect(nextChangeIn(5 * HOUR + 30_000, 7)).toBe(30_000);
  });

  it('wakes at the start of the closing-soon days', () => {
    expect(nextChangeIn(7 * DAY + 10 * MINUTE, 7)).toBe(10 * MINUTE);
  });

  it('stops once the deadline has passed', () => {
    expect(nextChangeIn(0, 7)).toBe(Infinity);
  });
});

describe("the deadline in the reader's own time zone", () => {
  const deadline = Date.parse('2024-04-19T10:00:00Z');

  it('is given when the clock reads differently there', () => {
    expect(formatInReaderZone(deadline, 'Europe/Brussels', 'Europe/Lisbon', strings('en'))).toBe(
      '11:00 in your time zone (Western European Time)',
    );
    expect(formatInReaderZone(deadline, 'Europe/Brussels', 'Europe/Helsinki', strings('fi'))).toMatch(/^13\.00 /);
  });

  it('names the date too when it is another day there', () => {
    expect(formatInReaderZone(deadline, 'Europe/Brussels', 'Pacific/Auckland', strings('en'))).toMatch(/^22:00 in your time zone/);
    expect(formatInReaderZone(Date.parse('2024-04-19T15:00:00Z'), 'Europe/Brussels', 'Pacific/Auckland', strings('en'))).toMatch(
      /^20 April 2024 at 03:00 in your time zone/,
    );
    expect(formatInReaderZone(deadline, 'Europe/Brussels', 'America/New_York', strings('de'))).toMatch(/^06:00 in Ihrer Zeitzone/);
  });

  it('is left out where the clock reads the same as in Brussels', () => {
    expect(formatInReaderZone(deadline, 'Europe/Brussels', 'Europe/Paris', strings('fr'))).toBeUndefined();
    expect(formatInReaderZone(deadline, 'Europe/Brussels', 'Europe/Brussels', strings('fr'))).toBeUndefined();
  });
});

describe("the reader's own time, on the 24-hour clock in every language", () => {
  const deadline = Date.parse('2024-04-19T10:00:00Z');
  const inTokyo = (language: Language) => formatInReaderZone(deadline, 'Europe/Brussels', 'Asia/Tokyo', strings(language));

  it('is written 19:00 with the zone named in Greek and in English, never "7:00 μ.μ." or "7:00 PM"', () => {
    expect(inTokyo('el')).toBe('19:00 στη ζώνη ώρας σας (Χειμερινή ώρα Ιαπωνίας)');
    expect(inTokyo('en')).toBe('19:00 in your time zone (Japan Standard Time)');
  });

  it('gives the GMT offset in Irish and Maltese where the browser has no words for them, never English', () => {
    withoutIntlData(['ga', 'mt'], () => {
      expect(inTokyo('ga')).toBe('19:00 i do chrios ama (GMT+9)');
      expect(inTokyo('mt')).toBe('19:00 fiż-żona tal-ħin tiegħek (GMT+9)');
      expect(formatInReaderZone(Date.parse('2024-04-19T16:00:00Z'), 'Europe/Brussels', 'Asia/Tokyo', strings('ga'))).toBe(
        '20.04.2024 01:00 i do chrios ama (GMT+9)',
      );
    });
  });

  it('names the zone in Irish where Intl knows Irish', () => {
    expect(inTokyo('ga')).toBe('19:00 i do chrios ama (Am Caighdeánach na Seapáine)');
  });
});
