import { describe, expect, it } from 'vitest';
import { isNoticeVersionsPath, makeUrls, pagePath, viewOfPath, type View } from '../../src/browser/routes.ts';

const BASE = '/careers/';
const urls = makeUrls('https://jobs.example.eu', BASE);

describe('the addresses of the site', () => {
  const views: [View, string][] = [
    [{ page: 'listing', language: 'fr' }, '/careers/fr/'],
    [{ page: 'archive', language: 'de' }, '/careers/de/archive/'],
    [{ page: 'archive', language: 'de', number: 3 }, '/careers/de/archive/3/'],
    [{ page: 'notice', language: 'ga', slug: 'digit-com-2024-461' }, '/careers/ga/vacancies/digit-com-2024-461/'],
    [{ page: 'browse', language: 'pl', facet: 'staff-category', value: 'temporary-agent' }, '/careers/pl/staff-category/temporary-agent/'],
  ];

  it.each(views)('give %j one page, which a frame shows too, and read it back', (view, path) => {
    expect(pagePath(BASE, view)).toBe(path);
    expect(viewOfPath(BASE, path)).toEqual(view);
  });

  it('write the first page of the archive without a number', () => {
    expect(urls.archive('fr', 1)).toBe('/careers/fr/archive/');
    expect(urls.archive('fr', 2)).toBe('/careers/fr/archive/2/');
  });

  it('give each notice a page in no particular language, beside its documents', () => {
    expect(urls.noticeVersions('epso-ad-2024-101')).toBe('/careers/vacancies/epso-ad-2024-101/');
    expect(isNoticeVersionsPath(BASE, urls.noticeVersions('epso-ad-2024-101'))).toBe(true);
    expect(isNoticeVersionsPath(BASE, urls.attachment('epso-ad-2024-101', 'form.pdf'))).toBe(false);
    expect(isNoticeVersionsPath(BASE, urls.notice('fr', 'epso-ad-2024-101'))).toBe(false);
  });

  it('make absolute addresses on the public site', () => {
    expect(urls.absolute(urls.listing('fr'))).toBe('https://jobs.example.eu/careers/fr/');
  });

  it.each([
    '/careers/xx/',
    '/careers/fr',
    '/fr/',
    '/careers/fr/vacancies/',
    '/careers/fr/vacancies/../../admin/',
    '/careers/fr/vacancies/UPPER/',
    '/careers/fr/embed/',
    '/careers/fr/archive/0/',
    '/careers/fr/archive/two/',
    '/careers/fr/vacancies/x/deadline.ics',
    '/careers/fr/archive/2/extra/',
    '/careers/fr/grade/ad5/',
    '/careers/vacancies.json',
  ])('recognise no page at %s', (path) => {
    expect(viewOfPath(BASE, path)).toBeUndefined();
  });
});
