/**
 * What the search index holds, made from the model: no page is read back.
 * The text bundle has one record per language version, in its language's
 * index; the facts bundle one record per notice, in one index, so that a reader
 * finds a notice that is not written in their language. Meta, filters and sorts
 * are the same in every language: the browser labels them.
 */
import type { CustomRecord } from 'pagefind';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { LANGUAGES, type Language } from '../browser/languages.ts';
import { makeUrls, searchPart, type SearchBundle, type SearchPart } from '../browser/routes.ts';
import { FACTS_LANGUAGE, referenceTerms, type ResultMeta } from '../browser/search.ts';
import { gradeLabel, gradesOf, type GradeSpec } from '../content/grade.ts';
import type { Notice, NoticeVersion } from '../content/notices.ts';
import { countryName } from '../site/format.ts';
import { stateAtBuild, type Site } from '../site/model.ts';
import { searchFacets } from './search-facets.ts';

/** Records in one part of a bundle, for site.yaml's searchPartSize: a notice's facts are about a tenth of a text. */
export function recordsPerPart(bundle: SearchBundle, searchPartSize: number): number {
  return bundle === 'facts' ? 10 * searchPartSize : searchPartSize;
}

/**
 * The parts of the bundles that have an index for readers of `language`, in the order the browser
 * searches them: the text of the versions in that language, if any, then the facts of every notice.
 * The index (search-index.ts) fills each language's parts in the order of `searchRecords`.
 */
export function searchIndexes(notices: Notice[], language: Language, searchPartSize: number): SearchPart[] {
  if (!notices.length) return [];
  const versions = notices.reduce((count, notice) => count + notice.versions.filter((version) => version.language === language).length, 0);
  const parts = (bundle: SearchBundle, records: number) =>
    Array.from({ length: Math.ceil(records / recordsPerPart(bundle, searchPartSize)) }, (_, index) => searchPart(bundle, index + 1));
  return [...parts('text', versions), ...parts('facts', notices.length)];
}

/** The records of one bundle, made one notice at a time so that a large site is never held twice in memory. */
export function* searchRecords(site: Site, bundle: SearchBundle): Generator<CustomRecord> {
  const urls = makeUrls(site.settings.siteUrl, site.settings.basePath);
  for (const notice of site.notices) {
    const { facts } = notice;
    const state = stateAtBuild(site, notice) === 'closed' ? 'closed' : 'open';
    const deadline = String(facts.deadline.epochMilliseconds);
    const published = facts.published ? String(Date.parse(`${facts.published}T00:00:00Z`)) : '0';
    const filters = { ...searchFacets(notice), state: [state] };
    const meta = (version: NoticeVersion): Record<keyof ResultMeta, string> => ({
      slug: notice.slug,
      reference: facts.reference,
      title: version.title,
      titleLang: version.language,
      original: notice.original,
      staffCategory: facts.staffCategory,
      grade: facts.grade ? gradeText(facts.grade) : '',
      places: filters.place.join('\n'),
      deadline,
      timeZone: facts.deadline.timeZone,
      status: facts.status ?? '',
      state,
      published,
    });
    const known = factsText(notice);
    if (bundle === 'facts') {
      yield {
        url: urls.notice(notice.original, notice.slug),
        content: known,
        language: FACTS_LANGUAGE,
        meta: meta(notice.versions[0]!),
        filters,
        sort: { deadline, published },
      };
      continue;
    }
    for (const version of notice.versions) {
      yield {
        url: urls.notice(version.language, notice.slug),
        // Whatever finds the notice in the facts bundle finds this version too.
        content: [known, bodyWords(version)].join('\n'),
        language: version.language,
        meta: meta(version),
        filters,
        sort: { deadline, published },
      };
    }
  }
}

/** A grade as it reads in every language: "AD6", "AST3–AST5", "AD5, AD7". */
function gradeText(grade: GradeSpec): string {
  if (grade.kind === 'range') return `${gradeLabel(grade.from)}–${gradeLabel(grade.to)}`;
  return gradesOf(grade).map(gradeLabel).join(', ');
}

/**
 * What finds a notice from any language: its titles in every version, the ways its
 * reference is typed, its grades and service, and its places as every version
 * names them, with the countries' names in all the languages.
 */
function factsText(notice: Notice): string {
  const { facts } = notice;
  const words = [
    ...notice.versions.map((version) => version.title),
    referenceTerms(facts.reference),
    ...(facts.grade ? gradesOf(facts.grade).map(gradeLabel) : []),
    facts.service ?? '',
    ...notice.versions.flatMap((version) => version.places),
    ...facts.locations.flatMap((location) => LANGUAGES.map((language) => countryName(location.country, language))),
  ];
  return [...new Set(words.filter(Boolean))].join('\n');
}

/**
 * The words of the body, each once, without its markup. Results are listed by deadline or date
 * and show no excerpt, so how often a word occurs, and where, serve no reader; every occurrence
 * made the index of a large archive take gigabytes to build and a tenth of the site's size.
 */
function bodyWords(version: NoticeVersion): string {
  const text = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');
  const words = new Map<string, string>();
  for (const token of text(fromHtml(version.html, { fragment: true })).split(/\s+/)) {
    // Punctuation at the edges is not part of the word; inside it is ("DIGIT/COM/2024/461", "e-mail").
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const key = word.toLocaleLowerCase(version.language);
    if (word && !words.has(key)) words.set(key, word);
  }
  return [...words.values()].join(' ');
}
