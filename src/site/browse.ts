/** Browse pages: open notices by staff category or by function group, one page per value. */
import type { FunctionGroup } from '../content/grade.ts';
import { functionGroupsOf } from '../content/grade.ts';
import type { Notice } from '../content/notices.ts';
import type { Language } from '../browser/languages.ts';
import type { Translate } from './i18n.ts';
import { facetLabel } from '../outputs/search-facets.ts';
import { STAFF_CATEGORIES, type StaffCategory } from '../schemas/notice.ts';

export const FUNCTION_GROUP_SLUGS: Record<string, FunctionGroup> = { ad: 'AD', ast: 'AST', 'ast-sc': 'AST/SC', fg: 'FG' };

import type { BrowseFacet } from '../browser/routes.ts';

/** Every browse page: each staff category, each function group. */
export const BROWSE_PAGES: { facet: BrowseFacet; value: string }[] = [
  ...STAFF_CATEGORIES.map((value) => ({ facet: 'staff-category' as const, value })),
  ...Object.keys(FUNCTION_GROUP_SLUGS).map((value) => ({ facet: 'function-group' as const, value })),
];

/** A browse page's heading: the staff category or function group, in the reader's language. */
export function browseHeading(facet: BrowseFacet, value: string, language: Language, t: Translate): string {
  return facet === 'staff-category' ? t(`staffCategory.${value}`) : facetLabel('functionGroup', FUNCTION_GROUP_SLUGS[value]!, language, t);
}

export function matchesBrowse(notice: Notice, facet: BrowseFacet, value: string): boolean {
  if (facet === 'staff-category') return notice.facts.staffCategory === (value as StaffCategory);
  const group = FUNCTION_GROUP_SLUGS[value];
  return Boolean(group && notice.facts.grade && functionGroupsOf(notice.facts.grade).includes(group));
}
