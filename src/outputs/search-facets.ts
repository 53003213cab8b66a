/** What the search index knows of a notice beyond its text: filter values, and their labels in each language. */
import { endonym, type Language } from '../browser/languages.ts';
import { functionGroupsOf, gradeLabel, gradesOf } from '../content/grade.ts';
import type { Translate } from '../site/i18n.ts';
import type { Notice } from '../content/notices.ts';
import type { Filter } from '../browser/search.ts';
import { once } from '../site/once.ts';
import { placeName } from '../site/names.ts';
import { formatPlace } from '../site/format.ts';

/** Language-neutral filter values, the same on every language's pages. */
export function searchFacets(notice: Notice): Record<Filter, string[]> {
  const { facts } = notice;
  return {
    staffCategory: [facts.staffCategory],
    functionGroup: facts.grade ? functionGroupsOf(facts.grade) : [],
    grade: facts.grade ? gradesOf(facts.grade).map(gradeLabel) : [],
    // One value per place however a notice spells it ("Bruksela", "Brussels"): its English name where the data knows it.
    place: facts.locations.map((location) => `${location.country} ${placeName(location.city, location.country, 'en') ?? location.city}`),
    service: facts.service ? [facts.service] : [],
    domain: [facts.domain],
    language: notice.versions.map((version) => version.language),
  };
}

export interface FacetOption {
  value: string;
  label: string;
}

/** The label a reader sees for a filter value. */
export function facetLabel(filter: Filter, value: string, language: Language, t: Translate): string {
  switch (filter) {
    case 'staffCategory':
      return t(`staffCategory.${value}`);
    case 'functionGroup':
      return value === 'FG' ? t('functionGroup.FG', { group: 'I–IV' }) : t(`functionGroup.${value === 'AST/SC' ? 'AST-SC' : value}`);
    case 'place': {
      const [country = '', ...words] = value.split(' ');
      const city = words.join(' ');
      return formatPlace(placeName(city, country, language) ?? city, country, language);
    }
    case 'domain':
      return t(`domain.${value}`);
    case 'language':
      return endonym(value as Language);
    default:
      return value;
  }
}

const options = new WeakMap<Notice[], Map<Language, Record<Filter, FacetOption[]>>>();

/** Every value each filter takes across the notices, labelled and sorted for the reader; made once per list and language. */
export function facetOptions(notices: Notice[], language: Language, t: Translate): Record<Filter, FacetOption[]> {
  const byLanguage = once(options, notices, () => new Map<Language, Record<Filter, FacetOption[]>>());
  return once(byLanguage, language, () => makeFacetOptions(notices, language, t));
}

function makeFacetOptions(notices: Notice[], language: Language, t: Translate): Record<Filter, FacetOption[]> {
  const collator = new Intl.Collator(language, { numeric: true });
  const values = new Map<Filter, Set<string>>();
  for (const notice of notices) {
    for (const [filter, list] of Object.entries(searchFacets(notice)) as [Filter, string[]][]) {
      if (!values.has(filter)) values.set(filter, new Set());
      for (const value of list) values.get(filter)!.add(value);
    }
  }
  return Object.fromEntries(
    [...values].map(([filter, set]) => [
      filter,
      [...set]
        .map((value) => ({ value, label: facetLabel(filter, value, language, t) }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    ]),
  ) as Record<Filter, FacetOption[]>;
}
