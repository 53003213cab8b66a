import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlineCalendar } from '../../src/outputs/calendar.ts';
import { parseDeadline } from '../../src/content/deadline.ts';

function calendarFor(
  local: string,
  timeZone = 'Europe/Brussels',
  summary = 'Deadline to apply: IT Security Officer – AI Expert (DIGIT/COM/2024/461)',
) {
  const deadline = parseDeadline(local, timeZone);
  if (!deadline.ok) throw new Error(deadline.message);
  return deadlineCalendar({
    uid: 'digit-com-2024-461-deadline@vacancies.example.eu',
    deadline: deadline.value,
    summary,
    description:
      'Apply before Friday, 19 April 2024, 12:00 Brussels time; see https://vacancies.example.eu/en/vacancies/digit-com-2024-461/',
    reminder: 'Tomorrow is the deadline to apply: IT Security Officer – AI Expert (DIGIT/COM/2024/461)',
    url: 'https://vacancies.example.eu/en/vacancies/digit-com-2024-461/',
    stamp: Date.parse('2024-04-10T10:00:00Z'),
    language: 'en',
  });
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
  ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return { calendar, event, zone };
}

describe('the deadline as a calendar event', () => {
  it('is read by ical.js as the deadline instant, in Europe/Brussels', () => {
    const { event } = parse(calendarFor('2024-04-19T12:00'));
    expect(event.startDate.zone?.tzid).toBe('Europe/Brussels');
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-04-19T10:00:00.000Z');
  });

  it('carries the reference in the summary, the notice address and a reminder a day before', () => {
    const { event } = parse(calendarFor('2024-04-19T12:00'));
    expect(event.summary).toBe('Deadline to apply: IT Security Officer – AI Expert (DIGIT/COM/2024/461)');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://vacancies.example.eu/en/vacancies/digit-com-2024-461/');
    const alarm = event.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P1D');
  });

  it('has a VTIMEZONE whose offsets are right in winter and in summer', () => {
    for (const [local, utc] of [
      ['2024-01-15T12:00', '2024-01-15T11:00:00.000Z'],
      ['2024-10-28T12:00', '2024-10-28T11:00:00.000Z'],
      ['2024-07-01T09:30', '2024-07-01T07:30:00.000Z'],
    ]) {
      expect(parse(calendarFor(local!)).event.startDate.toJSDate().toISOString(), local).toBe(utc);
    }
  });

  it('works for a deadline in another zone', () => {
    const { event } = parse(calendarFor('2024-05-20T17:00', 'Europe/Luxembourg'));
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-05-20T15:00:00.000Z');
    const helsinki = parse(calendarFor('2024-12-02T12:00', 'Europe/Helsinki')).event;
    expect(helsinki.startDate.toJSDate().toISOString()).toBe('2024-12-02T10:00:00.000Z');
  });

  it('is an instant, with no DTEND equal to its start, which RFC 5545 forbids, and no duration', () => {
    const ics = calendarFor('2024-04-19T12:00');
    expect(ics).not.toMatch(/^(DTEND|DURATION)[;:]/m);
    // RFC 5545 §3.6.1: a DATE-TIME start with neither DTEND nor DURATION ends when it starts.
    const { event } = parse(ics);
    expect(event.endDate.toJSDate().toISOString()).toBe('2024-04-19T10:00:00.000Z');
    expect(event.duration.toSeconds()).toBe(0);
  });

  it('keeps a lone carriage return in a title from starting a line of its own', () => {
    const ics = calendarFor('2024-04-19T12:00', 'Europe/Brussels', 'Officer\rATTENDEE:mailto:someone@example.com\r\nX-LINE:1\nEnd');
    expect(ics).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(ics).not.toMatch(/^(ATTENDEE|X-LINE)/m);
    expect(parse(ics).event.summary).toBe('Officer\nATTENDEE:mailto:someone@example.com\nX-LINE:1\nEnd');
  });

  it('removes the other control characters from text, which RFC 5545 does not allow in it, and keeps tabs', () => {
    const ics = calendarFor('2024-04-19T12:00', 'Europe/Brussels', 'A\u0000B\u0007C\u001bD\u007fE\u0085F\tG');
    const lines = ics.split('\r\n');
    expect(lines.filter((line) => /[^\P{Cc}\t]/u.test(line))).toEqual([]);
    expect(parse(ics).event.summary).toBe('ABCDEF\tG');
  });

  it('escapes text and folds long lines as RFC 5545 requires', () => {
    const ics = calendarFor(
      '2024-04-19T12:00',
      'Europe/Brussels',
      'Σύμβουλος; ασφάλεια, ΤΝ – προθεσμία υποβολής αιτήσεων για τη θέση (DIGIT/COM/2024/461)',
    );
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(parse(ics).event.summary).toBe('Σύμβουλος; ασφάλεια, ΤΝ – προθεσμία υποβολής αιτήσεων για τη θέση (DIGIT/COM/2024/461)');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
