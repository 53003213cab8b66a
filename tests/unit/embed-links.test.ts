import { describe, expect, it } from 'vitest';
import { embedBody, embedLink } from '../../src/embed/links.ts';

const BASE = '/careers/';
const PAGE = 'https://jobs.example.eu/careers/en/vacancies/epso-ad-2024-101/';

describe('links in an embed view', () => {
  it("keeps the site's own pages inside the frame, as embed views", () => {
    expect(embedLink('/careers/en/vacancies/juri-ca-2024-303/', PAGE, BASE)).toEqual({
      href: '/careers/en/embed/vacancies/juri-ca-2024-303/',
      newTab: false,
    });
    expect(embedLink('https://jobs.example.eu/careers/fr/archive/', PAGE, BASE)).toEqual({
      href: '/careers/fr/embed/archive/',
      newTab: false,
    });
    expect(embedLink('../juri-ca-2024-303/#how-to-apply', PAGE, BASE)).toEqual({
      href: '/careers/en/embed/vacancies/juri-ca-2024-303/#how-to-apply',
      newTab: false,
    });
  });

  it("opens other sites and the site's files in a new tab", () => {
    expect(embedLink('https://eur-lex.europa.eu/eli/reg/1962/31/oj', PAGE, BASE)).toEqual({
      href: 'https://eur-lex.europa.eu/eli/reg/1962/31/oj',
      newTab: true,
    });
    expect(embedLink('/careers/vacancies/epso-ad-2024-101/notice.pdf', PAGE, BASE)).toEqual({
      href: '/careers/vacancies/epso-ad-2024-101/notice.pdf',
      newTab: true,
    });
    expect(embedLink('annex.pdf', PAGE, BASE)).toEqual({ href: '/careers/en/vacancies/epso-ad-2024-101/annex.pdf', newTab: true });
  });

  it('leaves in-page links, e-mail and telephone links alone', () => {
    expect(embedLink('#how-to-apply', PAGE, BASE)).toBeUndefined();
    expect(embedLink('mailto:jobs@example.eu', PAGE, BASE)).toBeUndefined();
    expect(embedLink('tel:+3222991111', PAGE, BASE)).toBeUndefined();
  });

  it('rewrites the links of a notice body and says, in the reader’s language, which open a new tab', () => {
    const version = {
      html: '<p>See <a href="https://eur-lex.europa.eu/">EUR-Lex</a>, <a href="/careers/en/">all vacancies</a> and <a href="#how">how</a>.</p><!-- not from a recruiter -->',
    };
    const english = embedBody(version, PAGE, BASE, '(opens in a new tab)');
    expect(english).toContain(
      '<a href="https://eur-lex.europa.eu/" target="_blank" rel="noopener">EUR-Lex <span class="visually-hidden">(opens in a new tab)</span></a>',
    );
    expect(english).toContain('<a href="/careers/en/embed/">all vacancies</a>');
    expect(english).toContain('<a href="#how">how</a>');
    const french = embedBody(version, PAGE, BASE, '(s’ouvre dans un nouvel onglet)');
    expect(french).toContain('EUR-Lex <span class="visually-hidden">(s’ouvre dans un nouvel onglet)</span></a>');
  });
});
