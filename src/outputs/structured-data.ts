/**
 * A notice as a schema.org JobPosting, the structured data Google for Jobs and
 * other job aggregators read from the notice page.
 *
 * Choices where the notice and Google's rules do not meet one to one:
 * - Only a notice open for applications carries a posting: a closed, withdrawn
 *   or cancelled one keeps its page but has none, so aggregators drop it.
 * - Only the pages of language versions that exist carry a posting; a page
 *   showing the original to a reader of another language would repeat the
 *   original's posting under a second address, which aggregators count twice.
 * - `datePosted` is the notice's `published` date. It is never invented: a
 *   notice without one has no `datePosted`, which Google reports as an error
 *   and does not list; the build date would change every night and make the
 *   posting look new each day.
 * - Citizenship: the Staff Regulations (Article 28(a)) and the Conditions of
 *   Employment of Other Servants (Articles 12(2)(a) and 82(3)(a)) require the
 *   nationality of a Member State of officials, temporary agents and contract
 *   agents, so their postings say so in `eligibilityToWorkRequirement`.
 *   Seconded national experts and trainees are engaged under each institution's
 *   own rules, which admit other nationalities, so theirs say nothing.
 *   `applicantLocationRequirements` is left out: Google reads it as where a
 *   remote worker may live, and these posts are not remote.
 * - Places and the organisation are named in the page's language; one
 *   `jobLocation` per place, however many posts each has.
 * - `baseSalary` is the pay the notice states, or else the basic monthly
 *   salary at step 1 of the grades offered from the Staff Regulations' grid
 *   (officials and temporary agents only), a range when the grades differ.
 *   Google reads it as what the job pays, so a trainee's grant and a seconded
 *   national expert's allowance are given only as the notice states them.
 */
import type { NoticeState } from '../browser/countdown.ts';
import type { Language } from '../browser/languages.ts';
import type { Notice } from '../content/notices.ts';
import type { SiteSettings } from '../site/settings.ts';
import type { NoticeFacts, StaffCategory } from '../schemas/notice.ts';
import { organisationFor, placesFor } from '../site/notice-view.ts';
import { payOf } from '../site/pay.ts';

/** Google's employment types: https://developers.google.com/search/docs/appearance/structured-data/job-posting */
export type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACTOR' | 'TEMPORARY' | 'INTERN' | 'VOLUNTEER' | 'PER_DIEM' | 'OTHER';

/**
 * Temporary and contract agents are salaried employees on fixed-term contracts:
 * TEMPORARY in Google's words, not CONTRACTOR (a contractor is not an employee).
 * Seconded national experts stay employed and paid by their national employer.
 */
export const EMPLOYMENT_TYPES: Record<StaffCategory, EmploymentType[]> = {
  official: ['FULL_TIME'],
  'temporary-agent': ['FULL_TIME', 'TEMPORARY'],
  'contract-agent': ['FULL_TIME', 'TEMPORARY'],
  'seconded-national-expert': ['OTHER'],
  trainee: ['INTERN'],
};

/** The employment type of a notice: an indefinite contract is not TEMPORARY. */
export function employmentType(facts: NoticeFacts): EmploymentType[] {
  return facts.contract === 'indefinite' && EMPLOYMENT_TYPES[facts.staffCategory].includes('TEMPORARY')
    ? ['FULL_TIME']
    : EMPLOYMENT_TYPES[facts.staffCategory];
}

const UNIT_TEXT = { month: 'MONTH', year: 'YEAR', day: 'DAY', hour: 'HOUR' } as const;

/** schema.org MonetaryAmount of the pay, or undefined when the site knows none. */
export function baseSalary(facts: NoticeFacts): Record<string, unknown> | undefined {
  const pay = payOf(facts);
  if (!pay) return undefined;
  if (pay.kind === 'stated') {
    const { amount, min, max, currency, period } = pay.pay;
    const value = amount !== undefined ? { value: amount } : { minValue: min, maxValue: max };
    return { '@type': 'MonetaryAmount', currency, value: { '@type': 'QuantitativeValue', ...value, unitText: UNIT_TEXT[period] } };
  }
  const amounts = pay.salaries.map((salary) => salary.amount);
  const [low, high] = [Math.min(...amounts), Math.max(...amounts)];
  const value = low === high ? { value: low } : { minValue: low, maxValue: high };
  return { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', ...value, unitText: 'MONTH' } };
}

/** Staff categories whose rules require the nationality of a Member State. */
export const CITIZENSHIP_REQUIRED: readonly StaffCategory[] = ['official', 'temporary-agent', 'contract-agent'];

export interface JobPostingOptions {
  /** The language of the page. */
  language: Language;
  state: NoticeState;
  /** Absolute address of the notice page. */
  url: string;
  /** The site's organisation and its web site, which is the hiring organisation's when the notice names no other. */
  site: Pick<SiteSettings, 'organisation' | 'organisationUrl'>;
  /** "Citizenship of a Member State of the European Union", in the page's language. */
  citizenship: string;
}

export type JobPosting = Record<string, unknown> & { '@type': 'JobPosting' };

/** The notice's JobPosting for its page in one language, or undefined when that page carries none. */
export function jobPosting(notice: Notice, options: JobPostingOptions): JobPosting | undefined {
  const { facts } = notice;
  const { language, state, url, site, citizenship } = options;
  const version = notice.versions.find((candidate) => candidate.language === language);
  if (!version || state === 'closed' || facts.status !== undefined) return undefined;
  const organisation = facts.organisation ?? site.organisation;
  const organisationUrl = organisation === site.organisation ? site.organisationUrl : undefined;
  const localities = placesFor(notice, language);
  const places = facts.locations.map((location, index) => ({
    '@type': 'Place',
    address: { '@type': 'PostalAddress', addressLocality: localities[index] ?? location.city, addressCountry: location.country },
  }));
  const salary = baseSalary(facts);
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: version.title,
    description: version.html,
    url,
    identifier: { '@type': 'PropertyValue', name: organisationFor(notice, language).name, value: facts.reference },
    ...(facts.published && { datePosted: facts.published }),
    validThrough: facts.deadline.iso,
    employmentType: employmentType(facts),
    hiringOrganization: {
      '@type': 'Organization',
      name: organisationFor(notice, language).name,
      ...(organisationUrl && { sameAs: organisationUrl, url: organisationUrl }),
    },
    // One place as an object, several as an array, as in Google's examples.
    jobLocation: places.length === 1 ? places[0] : places,
    ...(salary && { baseSalary: salary }),
    ...(CITIZENSHIP_REQUIRED.includes(facts.staffCategory) && { eligibilityToWorkRequirement: citizenship }),
    directApply: 'email' in facts.apply || 'url' in facts.apply,
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. JSON-LD is data, so the
 * CSP's script-src does not apply to it; what must not happen is a title or
 * body closing the element early, so <, > and & never appear as themselves.
 */
export function jsonLdScriptContent(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
