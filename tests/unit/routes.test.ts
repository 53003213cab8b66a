import { describe, expect, it } from 'vitest';
import { embedPath, embedUrls, makeUrls, pagePath, viewOfPath, type View } from '../../src/browser/routes.ts';

const BASE = '/careers/';
const urls = makeUrls('https://jobs.example.eu', BASE);

describe('the addresses of the embed views', () => {
  const views: [View, string][] = [
    [{ page: 'listing', language: 'fr' }, urls.listing('fr')],
    [{ page: 'archive', language: 'de' }, urls.archive('de')],
    [{ page: 'notice', language: 'ga', slug: 'digit-com-2024-461' }, urls.notice('ga', 'digit-com-2024-461')],
    [
      { page: 'browse', language: 'pl', facet: 'staff-category', value: 'temporary-agent' },
      urls.browse('pl', 'staff-category', 'temporary-agent'),
    ],
  ];

  it.each(views)('puts the embed view of %j next to its full page', (view, full) => {
    expect(pagePath(BASE, view)).toBe(full);
    expect(embedPath(BASE, view)).toBe(full.replace(`/${view.language}/`, `/${view.language}/embed/`));
    expect(viewOfPath(BASE, pagePath(BASE, view))).toEqual({ view, embedded: false });
    expect(viewOfPath(BASE, embedPath(BASE, view))).toEqual({ view, embedded: true });
  });

  it('links the embed views to each other and leaves every other address as it is', () => {
    const embedded = embedUrls(urls);
    expect(embedded.listing('fr')).toBe('/careers/fr/embed/');
    expect(embedded.archive('fr')).toBe('/careers/fr/embed/archive/');
    expect(embedded.notice('fr', 'epso-ad-2024-101')).toBe('/careers/fr/embed/vacancies/epso-ad-2024-101/');
    expect(embedded.browse('fr', 'function-group', 'ad')).toBe('/careers/fr/embed/function-group/ad/');
    expect(embedded.calendar('fr', 'epso-ad-2024-101')).toBe(urls.calendar('fr', 'epso-ad-2024-101'));
    expect(embedded.absolute(embedded.listing('fr'))).toBe('https://jobs.example.eu/careers/fr/embed/');
  });

  it.each([
    '/careers/xx/',
    '/careers/fr',
    '/fr/',
    '/careers/fr/vacancies/',
    '/careers/fr/vacancies/../../admin/',
    '/careers/fr/vacancies/UPPER/',
    '/careers/fr/embed/embed/',
    '/careers/fr/vacancies/x/deadline.ics',
    '/careers/fr/archive/extra/',
    '/careers/fr/grade/ad5/',
    '/careers/vacancies.json',
  ])('recognises no view at %s', (path) => {
    expect(viewOfPath(BASE, path)).toBeUndefined();
  });
});
