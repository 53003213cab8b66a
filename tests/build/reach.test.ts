import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/browser/languages.ts';
import { AFTER_PUBLICATION, BASIC, built } from '../support/fixture-sites.ts';

await built(BASIC, AFTER_PUBLICATION);

const SITE = 'https://jobs.example.eu/careers/';
const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const page = (path: string, root = BASIC.out) => read(root, join(path, 'index.html'));
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) => JSON.parse(match[1]!));
const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[+.]/g, '\\$&')}" content="([^"]*)">`))?.[1];
const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'");

/** Pages in the language of a version that exists, of notices open on 1 May 2024, and the closed one. */
const OPEN_VERSIONS = [
  'en/vacancies/epso-ad-2024-101',
  'fr/vacancies/epso-ad-2024-101',
  'el/vacancies/epso-ad-2024-101',
  'en/vacancies/digit-ast-2024-202',
  'fr/vacancies/juri-ca-2024-303',
];
const CLOSED = 'comm-ted-2024-404';
/** Google recommends these; the notices do not state them (salary, remote work, applicants' location for remote work). */
const FIELDS_NOTICES_DO_NOT_HAVE = ['baseSalary', 'jobLocationType', 'applicantLocationRequirements'];

async function validate(html: string) {
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] }).parse(html);
  return { extracted, issues: await new Validator().validate(extracted) };
}

describe('structured data for Google for Jobs', () => {
  it('gives each open notice a JobPosting that the structured-data validator accepts', async () => {
    for (const path of OPEN_VERSIONS) {
      const { extracted, issues } = await validate(page(path));
      expect(Object.keys(extracted.jsonld), path).toEqual(['JobPosting']);
      expect(
        issues.filter((issue) => issue.severity === 'ERROR'),
        path,
      ).toEqual([]);
      const warnings = issues.flatMap((issue) => issue.fieldNames);
      expect(
        warnings.filter((field) => !FIELDS_NOTICES_DO_NOT_HAVE.includes(field)),
        path,
      ).toEqual([]);
    }
  });

  it('states the deadline with its offset, the reference, the place and the employment type', () => {
    const [posting] = jsonLd(page('el/vacancies/epso-ad-2024-101'));
    expect(posting).toMatchObject({
      title: 'Υπάλληλος πολιτικής – στρατηγική κυβερνοασφάλειας',
      validThrough: '2024-06-03T12:00:00+02:00',
      datePosted: '2024-04-15',
      identifier: { value: 'EPSO/AD/2024/101' },
      employmentType: ['FULL_TIME'],
      jobLocation: { address: { addressLocality: 'Βρυξέλλες', addressCountry: 'BE' } },
      eligibilityToWorkRequirement: 'Ιθαγένεια κράτους μέλους της Ευρωπαϊκής Ένωσης',
    });
    expect(posting.description).toContain('Θα διαμορφώσετε τη στρατηγική');
    const [contractAgent] = jsonLd(page('en/vacancies/digit-ast-2024-202'));
    expect(contractAgent.employmentType).toEqual(['FULL_TIME', 'TEMPORARY']);
  });

  it("keeps a notice body's markup from closing the data block early", () => {
    const html = page('en/vacancies/digit-ast-2024-202');
    const block = html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)![1]!;
    expect(block).not.toMatch(/[<>]/);
    expect(block).toContain('\\u003cp\\u003eMonitor alerts');
    expect(jsonLd(html)[0].description).toContain('<p>Monitor alerts');
  });

  it("gives no JobPosting to a closed notice, nor to a page showing another language's version", () => {
    expect(jsonLd(page(`en/vacancies/${CLOSED}`))).toEqual([]);
    expect(jsonLd(page('pl/vacancies/epso-ad-2024-101'))).toEqual([]);
    expect(jsonLd(page('en/vacancies/juri-ca-2024-303'))).toEqual([]);
  });

  it('gives no JobPosting to a withdrawn or cancelled notice, though its deadline is still ahead', () => {
    expect(jsonLd(page('en/vacancies/digit-ta-2024-12', AFTER_PUBLICATION.out))).toEqual([]);
    expect(jsonLd(page('fr/vacancies/juri-ca-2024-13', AFTER_PUBLICATION.out))).toEqual([]);
    expect(jsonLd(page('en/vacancies/comm-ast-2024-14', AFTER_PUBLICATION.out))).toHaveLength(1);
  });
});

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});
const OPEN_NEWEST_FIRST = ['epso-ad-2024-101', 'digit-ast-2024-202', 'juri-ca-2024-303'];
const noticeUrls = (language: string, slugs: string[]) => slugs.map((slug) => `${SITE}${language}/vacancies/${slug}/`);

describe('feeds of the open notices', () => {
  it('has an RSS 2.0 feed in every language, newest publication first, without closed notices', () => {
    for (const language of LANGUAGES) {
      const text = read(BASIC.out, `${language}/feed.xml`);
      expect(XMLValidator.validate(text), language).toBe(true);
      const { channel } = xml.parse(text).rss;
      expect(channel.language).toBe(language);
      expect(channel['atom:link']['@href']).toBe(`${SITE}${language}/feed.xml`);
      expect(
        channel.item.map((item: { link: string[] }) => item.link[0]),
        language,
      ).toEqual(noticeUrls(language, OPEN_NEWEST_FIRST));
      for (const item of channel.item) expect(new Date(item.pubDate).getTime(), language).not.toBeNaN();
    }
    const french = xml.parse(read(BASIC.out, 'fr/feed.xml')).rss.channel.item[0];
    expect(french.title).toBe('Chargé de politique – stratégie de cybersécurité');
    expect(french.description).toContain('EPSO/AD/2024/101');
    expect(french.description).toContain('lundi 3 juin 2024');
  });

  it('has an Atom feed in every language with the ids, dates and links Atom requires', () => {
    for (const language of LANGUAGES) {
      const text = read(BASIC.out, `${language}/atom.xml`);
      expect(XMLValidator.validate(text), language).toBe(true);
      const { feed } = xml.parse(text);
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed.id).toBe(`${SITE}${language}/atom.xml`);
      expect(feed.title).toBeTruthy();
      expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
      expect(feed.author.name).toBe('Test Institution');
      expect(
        feed.entry.map((entry: { id: string }) => entry.id),
        language,
      ).toEqual(noticeUrls(language, OPEN_NEWEST_FIRST));
      for (const entry of feed.entry) {
        expect(entry.title, language).toBeTruthy();
        expect(Number.isNaN(Date.parse(entry.updated)), language).toBe(false);
        expect(entry.link[0]['@href']).toBe(entry.id);
      }
    }
    // A Polish reader's feed gives the English title of a notice not translated into Polish, marked as English.
    const polish = xml.parse(read(BASIC.out, 'pl/atom.xml')).feed.entry[0];
    expect(polish['@xml:lang']).toBe('en');
    expect(polish.title).toBe('Policy Officer – Cybersecurity Strategy');
  });

  it('has a JSON Feed 1.1 in every language with the fields the specification requires', () => {
    for (const language of LANGUAGES) {
      const feed = JSON.parse(read(BASIC.out, `${language}/feed.json`));
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.title).toBeTruthy();
      expect(feed.feed_url).toBe(`${SITE}${language}/feed.json`);
      expect(feed.home_page_url).toBe(`${SITE}${language}/`);
      expect(feed.items.map((item: { id: string }) => item.id)).toEqual(noticeUrls(language, OPEN_NEWEST_FIRST));
      for (const item of feed.items) {
        expect(typeof item.id).toBe('string');
        expect(item.content_text ?? item.content_html).toBeTruthy();
        expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
      }
    }
  });

  it('leaves withdrawn and cancelled notices out of the feeds', () => {
    const ids = JSON.parse(read(AFTER_PUBLICATION.out, 'en/feed.json')).items.map((item: { id: string }) => item.id);
    expect(ids.some((id: string) => id.includes('digit-ta-2024-12') || id.includes('juri-ca-2024-13'))).toBe(false);
    expect(ids.some((id: string) => id.includes('comm-ast-2024-14'))).toBe(true);
  });

  it("is linked from the head of every page and offered in the footer, in the page's language", () => {
    for (const path of ['de', 'de/archive', 'de/vacancies/epso-ad-2024-101']) {
      const html = page(path);
      for (const [type, file] of [
        ['rss+xml', 'feed.xml'],
        ['atom+xml', 'atom.xml'],
        ['feed+json', 'feed.json'],
      ]) {
        expect(html, path).toMatch(
          new RegExp(`<link rel="alternate" type="application/${type!.replace('+', '\\+')}" title="[^"]+" href="${SITE}de/${file}">`),
        );
      }
      const footer = html.slice(html.indexOf('<footer'));
      expect(footer).toContain('href="/careers/de/feed.xml"');
      expect(footer).toMatch(/<span class="follow__title">[^<]+<\/span>/);
    }
  });
});

describe('vacancies.json', () => {
  it('lists every notice, open and closed, with its facts and its state as of the build', () => {
    const data = JSON.parse(read(BASIC.out, 'vacancies.json'));
    expect(data.generated).toBe('2024-05-01T10:00:00.000Z');
    const byReference = Object.fromEntries(data.notices.map((notice: { reference: string }) => [notice.reference, notice]));
    expect(Object.keys(byReference).sort()).toEqual(['COMM/TED/2024/404', 'DIGIT/AST/2024/202', 'EPSO/AD/2024/101', 'JURI/CA/2024/303']);
    expect(byReference['COMM/TED/2024/404'].state).toBe('closed');
    expect(byReference['DIGIT/AST/2024/202'].state).toBe('closing-soon');
    expect(byReference['EPSO/AD/2024/101']).toMatchObject({
      state: 'open',
      url: `${SITE}en/vacancies/epso-ad-2024-101/`,
      organisation: 'European Commission',
      staffCategory: 'official',
      grades: ['AD6'],
      locations: [{ city: 'Brussels', country: 'BE' }],
      published: '2024-04-15',
      deadline: { local: '2024-06-03T12:00', timeZone: 'Europe/Brussels', instant: '2024-06-03T12:00:00+02:00' },
      apply: { url: 'https://example.eu/apply/101' },
    });
    expect(byReference['EPSO/AD/2024/101'].versions.map((version: { language: string }) => version.language)).toEqual(['en', 'el', 'fr']);
    const states = Object.fromEntries(
      JSON.parse(read(AFTER_PUBLICATION.out, 'vacancies.json')).notices.map((notice: { reference: string; state: string }) => [
        notice.reference,
        notice.state,
      ]),
    );
    expect(states['DIGIT/TA/2024/12']).toBe('withdrawn');
    expect(states['JURI/CA/2024/13']).toBe('cancelled');
  });
});

/** Width and height from a PNG's header. */
const pngSize = (file: string) => {
  const png = readFileSync(file);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

describe('sharing a notice', () => {
  it('gives every open notice page Open Graph and Twitter card tags with the reference, grade and deadline', () => {
    for (const language of LANGUAGES) {
      for (const slug of OPEN_NEWEST_FIRST) {
        const html = page(`${language}/vacancies/${slug}`);
        const where = `${language}/${slug}`;
        expect(meta(html, 'og:url'), where).toBe(`${SITE}${language}/vacancies/${slug}/`);
        expect(meta(html, 'og:title'), where).toBeTruthy();
        expect(meta(html, 'og:locale'), where).toMatch(new RegExp(`^${language}_[A-Z]{2}$`));
        expect(meta(html, 'twitter:card'), where).toBe('summary_large_image');
        expect(meta(html, 'og:image:width'), where).toBe('1200');
        expect(meta(html, 'og:image:height'), where).toBe('630');
        expect(meta(html, 'og:image:alt'), where).toBeTruthy();
        const image = meta(html, 'og:image')!;
        expect(image.startsWith(`${SITE}`), where).toBe(true);
        expect(meta(html, 'twitter:image'), where).toBe(image);
        expect(pngSize(join(BASIC.out, image.slice(SITE.length))), where).toEqual([1200, 630]);
      }
    }
    const description = decode(meta(page('fr/vacancies/epso-ad-2024-101'), 'og:description')!);
    expect(description).toContain('EPSO/AD/2024/101');
    expect(description).toContain('AD6');
    expect(description).toContain('lundi 3 juin 2024');
  });

  it('draws one picture per language version of an open notice, and shows it on the pages of the other languages', () => {
    expect(existsSync(join(BASIC.out, 'el/vacancies/epso-ad-2024-101/share.png'))).toBe(true);
    expect(existsSync(join(BASIC.out, 'pl/vacancies/epso-ad-2024-101/share.png'))).toBe(false);
    expect(meta(page('pl/vacancies/epso-ad-2024-101'), 'og:image')).toBe(`${SITE}en/vacancies/epso-ad-2024-101/share.png`);
    expect(meta(page('en/vacancies/juri-ca-2024-303'), 'og:image')).toBe(`${SITE}fr/vacancies/juri-ca-2024-303/share.png`);
    const pictures = LANGUAGES.flatMap((language) =>
      readdirSync(join(BASIC.out, language, 'vacancies')).filter((slug) =>
        existsSync(join(BASIC.out, language, 'vacancies', slug, 'share.png')),
      ),
    );
    // Three open notices with five versions between them; the closed one is shared no more.
    expect(pictures).toHaveLength(5);
    expect(meta(page(`en/vacancies/${CLOSED}`), 'og:title')).toBeTruthy();
    expect(meta(page(`en/vacancies/${CLOSED}`), 'og:image')).toBeUndefined();
    expect(meta(page(`en/vacancies/${CLOSED}`), 'twitter:card')).toBe('summary');
  });
});

describe('robots.txt', () => {
  it('lets every page be crawled and points at the sitemap under the base path', () => {
    const robots = read(BASIC.out, 'robots.txt');
    expect(robots).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
    expect(robots).not.toMatch(/^Disallow: \S/m);
    expect(existsSync(join(BASIC.out, 'sitemap-index.xml'))).toBe(true);
  });

  it('leaves the archive indexable and in the sitemap', () => {
    const archive = page('en/archive');
    expect(archive).not.toMatch(/<meta name="robots"/);
    expect(read(BASIC.out, 'sitemap-0.xml')).toContain(`<loc>${SITE}en/archive/</loc>`);
    expect(page(`en/vacancies/${CLOSED}`)).not.toMatch(/<meta name="robots"/);
  });
});
