import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/browser/languages.ts';
import { BASIC, built } from '../support/fixture-sites.ts';

await built(BASIC);

const read = (...path: string[]) => readFileSync(join(BASIC.out, ...path), 'utf8');
const scripts = (html: string) => [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]);

describe('deadlines in the built site', () => {
  it('hand the countdown the deadline instant, with the deadline written in Brussels time in the page', () => {
    const html = read('en', 'vacancies', 'digit-ast-2024-202', 'index.html');
    expect(html).toContain(
      '<vacancy-countdown data-deadline="1714903200000" data-time-zone="Europe/Brussels" data-closing-soon-days="7" data-state="closing-soon">',
    );
    expect(html).toContain('<time datetime="2024-05-05T12:00:00+02:00">Sunday 5 May 2024, 12:00 Brussels time</time>');
  });

  it('give the countdown the strings of the page language with its plural forms', () => {
    const html = read('pl', 'vacancies', 'digit-ast-2024-202', 'index.html');
    const strings = JSON.parse(
      html
        .match(/data-countdown-strings="([^"]+)"/)![1]!
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    expect(Object.keys(strings.days).sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(strings.states.closed).toBe('Nabór zakończony');
  });

  it('load the countdown script on pages that show a deadline still ahead, and nowhere else', () => {
    // What an open notice's page loads that a closed one's does not: the countdown.
    const closed = scripts(read('en', 'vacancies', 'comm-ted-2024-404', 'index.html'));
    const countdown = scripts(read('en', 'vacancies', 'digit-ast-2024-202', 'index.html')).filter((src) => !closed.includes(src));
    expect(countdown).toHaveLength(1);
    expect(scripts(read('fr', 'index.html'))).toContain(countdown[0]);
    expect(scripts(read('404.html'))).not.toContain(countdown[0]);
    expect(scripts(read('index.html'))).not.toContain(countdown[0]);
    expect(read('en', 'vacancies', 'comm-ted-2024-404', 'index.html')).not.toContain('<vacancy-countdown');
  });

  it('come as a calendar event for each language version, at the deadline instant', () => {
    for (const language of LANGUAGES) {
      const file = join(BASIC.out, language, 'vacancies', 'juri-ca-2024-303', 'deadline.ics');
      expect(existsSync(file), language).toBe(true);
    }
    const calendar = new ICAL.Component(ICAL.parse(read('de', 'vacancies', 'juri-ca-2024-303', 'deadline.ics')));
    ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-05-20T15:00:00.000Z');
    expect(event.summary).toContain('JURI/CA/2024/303');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://jobs.example.eu/careers/de/vacancies/juri-ca-2024-303/');
  });
});
