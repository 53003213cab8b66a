import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, jsonFeed, publicationInstant, rssFeed, type Feed } from '../../src/outputs/feeds.ts';
import { parseDeadline } from '../../src/content/deadline.ts';
import { xmlText } from '../../src/outputs/xml.ts';
import type { NoticeFacts } from '../../src/schemas/notice.ts';

const TRICKY = 'Legal & Policy Officer <AD> "ECB" – \u0007l’équipe ]]>';

const feed: Feed = {
  language: 'fr',
  title: 'Postes à pourvoir – CERT-EU',
  description: 'Les postes ouverts aux candidatures.',
  homePageUrl: 'https://vacancies.example.eu/fr/',
  feedUrls: {
    rss: 'https://vacancies.example.eu/fr/feed.xml',
    atom: 'https://vacancies.example.eu/fr/atom.xml',
    json: 'https://vacancies.example.eu/fr/feed.json',
  },
  author: 'CERT-EU',
  updated: '2024-05-01T10:00:00Z',
  entries: [
    {
      url: 'https://vacancies.example.eu/fr/vacancies/a-2024-1/',
      title: TRICKY,
      language: 'fr',
      summary: 'A/2024/1 · Agent temporaire · AD5 à AD7 · Bruxelles (Belgique) · vendredi 19 avril 2024, 12:00 heure de Bruxelles',
      published: '2024-04-02T00:00:00+02:00',
      categories: ['Agent temporaire', 'Droit'],
    },
    {
      url: 'https://vacancies.example.eu/fr/vacancies/b-2024-2/',
      title: 'Policy Officer',
      language: 'en',
      summary: 'B/2024/2 · Fonctionnaire · AD6',
      categories: ['Fonctionnaire', 'Politiques'],
    },
  ],
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name),
});

describe('the RSS 2.0 feed', () => {
  it('is well-formed XML with a channel, its self link and one item per notice', () => {
    const xml = rssFeed(feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parser.parse(xml);
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.title).toBe('Postes à pourvoir – CERT-EU');
    expect(rss.channel.link[0]).toBe('https://vacancies.example.eu/fr/');
    expect(rss.channel.language).toBe('fr');
    expect(rss.channel['atom:link']).toMatchObject({ '@rel': 'self', '@href': 'https://vacancies.example.eu/fr/feed.xml' });
    expect(rss.channel.item).toHaveLength(2);
    expect(rss.channel.item[0].guid['@isPermaLink']).toBe('true');
    expect(rss.channel.item[0].pubDate).toBe('Mon, 01 Apr 2024 22:00:00 GMT');
    expect(rss.channel.item[1]).not.toHaveProperty('pubDate');
  });

  it('keeps markup in a title as text, and drops characters XML cannot carry', () => {
    const { rss } = new XMLParser({ processEntities: true, isArray: (name) => name === 'item' }).parse(rssFeed(feed));
    expect(rss.channel.item[0].title).toBe('Legal & Policy Officer <AD> "ECB" – l’équipe ]]>');
  });
});

describe('the Atom feed', () => {
  it('is well-formed Atom with the ids, dates, links and author that Atom requires', () => {
    const xml = atomFeed(feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = parser.parse(xml).feed;
    expect(root['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(root['@xml:lang']).toBe('fr');
    expect(root.id).toBe('https://vacancies.example.eu/fr/atom.xml');
    expect(root.updated).toBe('2024-05-01T10:00:00Z');
    expect(root.author.name).toBe('CERT-EU');
    expect(root.link.map((link: Record<string, string>) => link['@rel'])).toEqual(['self', 'alternate']);
    const [first, second] = root.entry;
    expect(first.id).toBe('https://vacancies.example.eu/fr/vacancies/a-2024-1/');
    expect(first.published).toBe('2024-04-02T00:00:00+02:00');
    expect(first.updated).toBe('2024-04-02T00:00:00+02:00');
    // An entry without a publication date still has the date Atom requires.
    expect(second.updated).toBe('2024-05-01T10:00:00Z');
    expect(second['@xml:lang']).toBe('en');
    expect(first.category.map((category: Record<string, string>) => category['@term'])).toEqual(['Agent temporaire', 'Droit']);
  });
});

describe('the JSON Feed', () => {
  it('has the fields JSON Feed 1.1 requires, and the language of each title', () => {
    const json = JSON.parse(jsonFeed(feed));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.title).toBe(feed.title);
    expect(json.feed_url).toBe('https://vacancies.example.eu/fr/feed.json');
    expect(json.language).toBe('fr');
    for (const item of json.items) {
      expect(typeof item.id).toBe('string');
      expect(item.content_text ?? item.content_html).toBeTruthy();
    }
    expect(json.items[0].title).toBe(TRICKY);
    expect(json.items[0].date_published).toBe('2024-04-02T00:00:00+02:00');
    expect(json.items[1]).not.toHaveProperty('date_published');
    expect(json.items[1].language).toBe('en');
  });
});

describe('the publication date of a notice', () => {
  const facts = (published: string | undefined, timeZone = 'Europe/Brussels') => {
    const deadline = parseDeadline('2024-12-19T12:00', timeZone);
    if (!deadline.ok) throw new Error(deadline.message);
    return { published, deadline: deadline.value } as NoticeFacts;
  };

  it('starts at midnight where the deadline is, with the offset of that day', () => {
    expect(publicationInstant(facts('2024-03-30'))!.toString({ timeZoneName: 'never' })).toBe('2024-03-30T00:00:00+01:00');
    expect(publicationInstant(facts('2024-04-02'))!.toString({ timeZoneName: 'never' })).toBe('2024-04-02T00:00:00+02:00');
    expect(publicationInstant(facts('2024-04-02', 'Europe/Helsinki'))!.toString({ timeZoneName: 'never' })).toBe(
      '2024-04-02T00:00:00+03:00',
    );
    expect(publicationInstant(facts(undefined))).toBeUndefined();
  });
});

describe('text in XML', () => {
  it('escapes the five special characters and removes control characters', () => {
    expect(xmlText(`a & b < c > d " e ' f \u0000\u001f\t\n`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f \t\n');
  });
});
