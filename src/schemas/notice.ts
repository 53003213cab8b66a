/**
 * The one schema of a vacancy notice's frontmatter.
 *
 * A notice lives in `content/vacancies/<slug>/`, one Markdown file per language
 * version. The original version (the file that carries `reference`) states the
 * facts; translations carry only text: `title`, `places` and the body.
 * A translation that repeats a fact must state it exactly as the original does.
 */
import { z } from 'zod';
import type { Language } from '../browser/languages.ts';
import { GRADE_EXPECTED, functionGroupsOf, gradesOf, parseGrade, type Grade, type GradeSpec } from '../content/grade.ts';
import { DEADLINE_EXPECTED, DEFAULT_TIME_ZONE, isTimeZone, parseDeadline, type Deadline } from '../content/deadline.ts';
import { REFERENCE, REFERENCE_EXPECTED, referenceProblem } from '../content/reference.ts';

export const STAFF_CATEGORIES = ['official', 'temporary-agent', 'contract-agent', 'seconded-national-expert', 'trainee'] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

/** Articles of the Conditions of Employment of Other Servants under which each category is engaged. */
export const LEGAL_BASES: Partial<Record<StaffCategory, readonly string[]>> = {
  'temporary-agent': ['2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '2(f)'],
  'contract-agent': ['3a', '3b'],
};

export const DOMAINS = [
  'administration',
  'audit',
  'communication',
  'economics',
  'finance',
  'human-resources',
  'ict',
  'languages',
  'law',
  'policy',
  'research',
  'security',
  'statistics',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** A first contract with an end date, or one without (an indefinite contract, as for some temporary agents under Article 2(a) or 2(b)). */
export const CONTRACT_TYPES = ['fixed-term', 'indefinite'] as const;

/** What a stated amount of pay is: the basic salary of staff, a trainee's grant, a seconded national expert's allowance. */
export const PAY_KINDS = ['basic-salary', 'grant', 'allowance'] as const;
export type PayKind = (typeof PAY_KINDS)[number];

/** How often the stated amount is paid. */
export const PAY_PERIODS = ['month', 'year', 'day', 'hour'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

export const SECURITY_CLEARANCES = ['EU RESTRICTED', 'EU CONFIDENTIAL', 'EU SECRET', 'EU TOP SECRET'] as const;

/** What became of a notice after publication, when it did not simply run to its deadline. */
export const NOTICE_STATUSES = ['withdrawn', 'cancelled'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What each field expects, in the words a recruiter reads in an error message. */
export const EXPECTED: Record<string, string> = {
  reference: REFERENCE_EXPECTED,
  title: 'the title of the post as text, such as "IT Security Officer – AI Expert"',
  organisation: 'the name of the institution as text, such as "European Commission"',
  service: 'the name of the service as text, such as "DIGIT CERT-EU"',
  staffCategory: `one of ${STAFF_CATEGORIES.join(', ')}`,
  legalBasis:
    'a list of articles of the Conditions of Employment of Other Servants: 2(a) to 2(f) for temporary agents, 3a or 3b for contract agents, such as ["2(b)", "2(d)"]',
  grade: GRADE_EXPECTED,
  domain: `one of ${DOMAINS.join(', ')}`,
  locations: 'a list of places, each with a city and a two-letter country code, such as [{ city: Brussels, country: BE }]',
  posts:
    'a list of posts, each with its grade, city, country and number of posts, such as [{ count: 1, grade: AD5, city: Brussels, country: BE }, { count: 1, grade: AD7, city: Luxembourg, country: LU }]',
  'posts.grade': GRADE_EXPECTED,
  'posts.city': 'the city of the post as text, such as Brussels',
  'posts.country': 'the two-letter code of the country in capitals, such as BE for Belgium or LU for Luxembourg',
  'posts.count': 'the number of posts offered at that grade and place, a whole number such as 1',
  contract: `${CONTRACT_TYPES.join(' or ')}`,
  availableFrom: 'the date the post is to be filled, in quotes, year first, such as "2025-09-01", or immediately',
  pay: 'the pay the notice states, such as { amount: 4200, currency: EUR, period: month, kind: grant } or { min: 3600, max: 4100 }',
  'pay.currency': 'a three-letter currency code in capitals, such as EUR',
  'pay.period': `one of ${PAY_PERIODS.join(', ')}`,
  'pay.kind': `one of ${PAY_KINDS.join(', ')}`,
  published: 'the publication date in quotes, year first, such as "2024-03-28"',
  deadline: DEADLINE_EXPECTED,
  timezone: 'an IANA time-zone name such as Europe/Brussels or Europe/Luxembourg',
  contractDuration:
    'the length of the first contract in years, and whether it can be renewed, such as { minYears: 1, maxYears: 3 } or { minYears: 2, renewable: true }',
  probationMonths: 'the probationary period in whole months, such as 9',
  securityClearance: `one of ${SECURITY_CLEARANCES.join(', ')}`,
  apply:
    'how to apply as a group of lines: "apply:", then indented below it "email: jobs@example.eu" (and "subject: …" if not the reference), or "url: https://…"',
  'apply.email': 'the e-mail address applications go to, such as jobs@example.eu',
  'apply.url': 'the address of the application page, starting with https://',
  'locations.country': 'the two-letter code of the country in capitals, such as BE for Belgium or LU for Luxembourg',
  'corrigenda.date': 'the date of the correction in quotes, year first, such as "2024-04-10"',
  status: `${NOTICE_STATUSES.join(' or ')}, and only for a notice taken back (a notice whose deadline has passed closes by itself)`,
  corrigenda: 'a list of dated corrections, such as [{ date: "2024-04-10", text: "The deadline was extended to 26 April 2024." }]',
  places: 'the translated names of the places, one for each location of the original, such as ["Bruxelles"]',
  translatedFrom:
    'the fingerprint of the original this translation was made from, eight letters and digits such as 3f9a0c1e (npm run translations prints it)',
  translatedCorrigenda:
    'the translated texts of the corrections, in the order of the original\'s corrigenda, such as ["Le délai a été prolongé au 26 avril 2024."]',
};

const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** A two-letter ISO 3166 country code that exists. */
function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && regions.of(code) !== undefined;
}

function describeCountry(found: string): string {
  // The EU's own abbreviation for Greece is not its ISO code.
  if (found.toUpperCase() === 'EL') return `"${found}" is the EU's abbreviation for Greece, not its country code: write GR`;
  if (/^[a-z]{2}$/i.test(found) && isCountryCode(found.toUpperCase())) return `"${found}" is not in capitals: write ${found.toUpperCase()}`;
  return `"${found}" is not a two-letter country code`;
}

const text = (field: string) => z.string({ error: EXPECTED[field] }).trim().min(1, { error: EXPECTED[field] });

const isoDate = z
  .string()
  .regex(ISO_DATE)
  // Only a date written the right way can be a date that does not exist; the others get the format's message alone.
  .refine(
    (value) =>
      !ISO_DATE.test(value) ||
      (!Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)),
    {
      error: (issue) => `"${String(issue.input)}" is not a real date`,
    },
  );

const countryCode = z
  .string()
  .refine(isCountryCode, { error: (issue) => describeCountry(String(issue.input)) })
  .meta({ pattern: '^[A-Z]{2}$' });

const gradeInput = z.union([z.string(), z.array(z.string()).min(1)]);

/** One kind of post a notice offers: its grade or grades, its place and how many. */
export interface Post {
  /** Number of posts of this kind (1 unless the notice says). */
  count: number;
  grade?: GradeSpec;
  /** Index of its place in the facts' locations. */
  location: number;
}

/** Pay as a notice states it. */
export interface StatedPay {
  amount?: number;
  min?: number;
  max?: number;
  currency: string;
  period: PayPeriod;
  kind: PayKind;
}

/** Every grade of several specs, each once, in order: AD before AST, lower levels first. */
function unionOfGrades(specs: GradeSpec[]): GradeSpec | undefined {
  const keys = new Map<string, Grade>();
  for (const spec of specs) for (const grade of gradesOf(spec)) keys.set(`${grade.group} ${grade.level}`, grade);
  const order = ['AD', 'AST', 'AST/SC', 'FG'];
  const grades = [...keys.values()].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || a.level - b.level);
  if (grades.length === 0) return undefined;
  if (specs.every((spec) => JSON.stringify(spec) === JSON.stringify(specs[0]))) return specs[0];
  return grades.length === 1 ? { kind: 'single', grade: grades[0]! } : { kind: 'list', grades };
}

/** How to apply, once read: an e-mail with its subject line, or an application page. */
export type HowToApply = { email: string; subject: string } | { url: string };

export const noticeFactsSchema = z
  .strictObject({
    /**
     * Selection reference as the institution writes it (DIGIT/COM/2024/461, 439186, PAC CA 01/2018), shown as written.
     * Unique across all notices, ignoring case, spacing and punctuation; the notice's folder is made from it.
     */
    reference: z
      .string()
      .trim()
      .refine((value) => referenceProblem(value) === undefined, { error: (issue) => referenceProblem(String(issue.input)) })
      .meta({ pattern: REFERENCE.source }),
    /** Title of the post, in the original language. No reference or grade in it. */
    title: text('title'),
    /** Recruiting institution; defaults to the organisation in `content/site.yaml`. */
    organisation: text('organisation').optional(),
    /** Directorate-general, service or unit that recruits. */
    service: text('service').optional(),
    /** Staff category of the post. */
    staffCategory: z.enum(STAFF_CATEGORIES),
    /** Articles of the Conditions of Employment of Other Servants, where the category has one. */
    legalBasis: z.array(z.string().trim()).min(1).optional(),
    /**
     * One grade, a range or a list; required except for seconded national experts and trainees.
     * A range (AD5-AD7) offers every grade in it; for posts at different grades in different places, write posts instead.
     */
    grade: gradeInput.optional(),
    /** Field of work, used for browsing and filtering. */
    domain: z.enum(DOMAINS),
    /** Places of employment: city (in the original language) and ISO 3166 country code. Leave out when writing posts. */
    locations: z
      .array(
        z.strictObject({
          city: text('locations'),
          country: countryCode,
        }),
      )
      .min(1)
      .optional(),
    /**
     * The posts offered, when they differ in grade or place: each with its grade, its city and country, and how many,
     * such as one post at AD5 in Brussels and one at AD7 in Luxembourg. Replaces grade and locations.
     */
    posts: z
      .array(
        z.strictObject({
          count: z.int({ error: EXPECTED['posts.count'] }).positive({ error: EXPECTED['posts.count'] }).default(1),
          grade: gradeInput.optional(),
          city: text('posts'),
          country: countryCode,
        }),
      )
      .min(1)
      .optional(),
    /** Date the notice was published, in the deadline's time zone. */
    published: isoDate.optional(),
    /** Deadline for applications: local date and time, without offset, in `timezone`. */
    deadline: z.string(),
    /** IANA time zone of the deadline. */
    timezone: z
      .string()
      .refine(isTimeZone, { error: (issue) => `"${String(issue.input)}" is not a time-zone name` })
      .default(DEFAULT_TIME_ZONE),
    /** Fixed-term (the usual first contract of temporary and contract agents) or indefinite. */
    contract: z.enum(CONTRACT_TYPES).optional(),
    /** Length of the first contract, in years, and whether it can be renewed; only for a fixed-term contract. */
    contractDuration: z
      .strictObject({ minYears: z.number().positive(), maxYears: z.number().positive().optional(), renewable: z.boolean().optional() })
      .optional(),
    /** Probationary period, in months. */
    probationMonths: z.int().positive().optional(),
    /** When the post is to be filled: a date, or immediately. */
    availableFrom: z.union([z.literal('immediately'), isoDate], { error: EXPECTED.availableFrom }).optional(),
    /**
     * Pay as the notice states it: an amount, or a range from min to max; its currency (EUR unless said),
     * period (month unless said) and kind (basic salary unless said; a trainee's grant, a seconded national expert's allowance).
     * Without it, the site shows the basic salary at step 1 of the Staff Regulations' grid for officials' and temporary agents' grades.
     */
    pay: z
      .strictObject({
        amount: z.number().positive().optional(),
        min: z.number().positive().optional(),
        max: z.number().positive().optional(),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, { error: EXPECTED['pay.currency'] })
          .default('EUR'),
        period: z.enum(PAY_PERIODS).default('month'),
        kind: z.enum(PAY_KINDS).default('basic-salary'),
      })
      .optional(),
    /** Security clearance that the person recruited must hold or obtain. */
    securityClearance: z.enum(SECURITY_CLEARANCES).optional(),
    /** How to apply: by e-mail (subject defaults to the reference) or on a web page. */
    apply: z.strictObject({
      email: z.email().optional(),
      subject: text('apply').optional(),
      url: z.url({ protocol: /^https$/ }).optional(),
    }),
    /**
     * Set only when the notice is taken back: withdrawn (the post will not be filled this way) or cancelled (the selection is stopped).
     * It then leaves the open listing and can no longer be applied to.
     */
    status: z.enum(NOTICE_STATUSES).optional(),
    /**
     * Corrections made after publication, each with its date; shown at the top of the notice.
     * Change the facts themselves too (an extended deadline goes in deadline).
     */
    corrigenda: z
      .array(z.strictObject({ date: isoDate, text: text('corrigenda') }))
      .min(1)
      .optional(),
  })
  .transform((facts, context) => {
    const problem = (path: (string | number)[], message: string) => context.addIssue({ code: 'custom', path, message });
    const needsGrade = facts.staffCategory !== 'seconded-national-expert' && facts.staffCategory !== 'trainee';
    const readGrade = (input: string | string[] | undefined, path: (string | number)[]): GradeSpec | undefined => {
      if (input === undefined) {
        if (needsGrade) problem(path, `is missing: a ${facts.staffCategory} post has a grade`);
        return undefined;
      }
      const parsed = parseGrade(input);
      if (!parsed.ok) problem(path, parsed.message);
      return parsed.ok ? parsed.value : undefined;
    };
    let grade: GradeSpec | undefined;
    let locations = facts.locations ?? [];
    let posts: Post[] | undefined;
    if (facts.posts) {
      if (facts.grade !== undefined) problem(['grade'], 'is written with posts: give each post its grade and leave grade out');
      if (facts.locations !== undefined)
        problem(['locations'], 'is written with posts: give each post its city and country and leave locations out');
      locations = [];
      const specs: GradeSpec[] = [];
      posts = facts.posts.map((post, index) => {
        const spec = readGrade(post.grade, ['posts', index, 'grade']);
        if (spec) specs.push(spec);
        let location = locations.findIndex((place) => place.city === post.city && place.country === post.country);
        if (location < 0) location = locations.push({ city: post.city, country: post.country }) - 1;
        return { count: post.count, grade: spec, location };
      });
      grade = unionOfGrades(specs);
    } else {
      if (facts.locations === undefined) problem(['locations'], `is missing. Expected ${EXPECTED.locations}, or posts`);
      grade = readGrade(facts.grade, ['grade']);
    }
    if (grade && functionGroupsOf(grade).includes('FG') !== (facts.staffCategory === 'contract-agent')) {
      problem(
        [facts.posts ? 'posts' : 'grade'],
        facts.staffCategory === 'contract-agent'
          ? 'contract agents are engaged in function groups FGI to FGIV'
          : 'function groups FGI to FGIV are for contract agents only',
      );
    }
    if (facts.contract === 'indefinite' && facts.contractDuration) {
      problem(['contractDuration'], 'is given for an indefinite contract: leave it out, or write contract: fixed-term');
    }
    if (facts.pay) {
      const { amount, min, max } = facts.pay;
      if (amount !== undefined && (min !== undefined || max !== undefined)) problem(['pay'], 'gives both an amount and a range: keep one');
      else if (amount === undefined && (min === undefined || max === undefined))
        problem(['pay'], 'gives no amount: write amount, or min and max');
      else if (min !== undefined && max !== undefined && max <= min) problem(['pay'], `max ${max} is not more than min ${min}`);
    }
    const bases = LEGAL_BASES[facts.staffCategory] ?? [];
    for (const article of facts.legalBasis ?? []) {
      if (!bases.includes(article)) {
        problem(
          ['legalBasis'],
          bases.length
            ? `article ${article} does not apply to a ${facts.staffCategory}: use ${bases.join(', ')}`
            : `a ${facts.staffCategory} has no article of the Conditions of Employment of Other Servants`,
        );
      }
    }
    const deadline = parseDeadline(facts.deadline, facts.timezone);
    if (!deadline.ok) problem(['deadline'], deadline.message);
    if (deadline.ok && facts.published && deadline.value.local.slice(0, 10) <= facts.published) {
      problem(['deadline'], `${deadline.value.local} is not after the publication date ${facts.published}`);
    }
    const { minYears, maxYears } = facts.contractDuration ?? {};
    if (minYears !== undefined && maxYears !== undefined && maxYears < minYears) {
      problem(['contractDuration'], `maxYears ${maxYears} is shorter than minYears ${minYears}`);
    }
    for (const [index, corrigendum] of (facts.corrigenda ?? []).entries()) {
      if (facts.published && corrigendum.date < facts.published) {
        problem(['corrigenda', index, 'date'], `${corrigendum.date} is before the publication date ${facts.published}`);
      }
    }
    const { email, url, subject } = facts.apply;
    const apply: HowToApply = email ? { email, subject: subject ?? facts.reference } : { url: url! };
    if (email && url) problem(['apply'], 'gives both an e-mail address and a web page: keep the one candidates should use');
    if (!email && !url) problem(['apply'], 'gives neither an e-mail address nor a web page');
    if (url && subject) problem(['apply'], 'has a subject, which only goes with email');
    const { posts: _written, ...rest } = facts;
    return {
      ...rest,
      grade,
      locations,
      posts,
      pay: facts.pay,
      /** The organisation's name in each language, when known: set by the site's model (src/site/names.ts). */
      organisationNames: undefined as Partial<Record<Language, string>> | undefined,
      deadline: deadline.ok ? deadline.value : (undefined as unknown as Deadline),
      apply,
    };
  });

export type NoticeFacts = z.output<typeof noticeFactsSchema>;
export type FactField = keyof z.input<typeof noticeFactsSchema>;
export const FACT_FIELDS = Object.keys(noticeFactsSchema.in.shape) as FactField[];

/** A translation: its own title and place names; any fact it repeats must match the original. */
export const translationSchema = z.object({
  /** Title of the post in this language. */
  title: text('title'),
  /** Place names in this language, in the order of the original's `locations`. */
  places: z.array(text('places')).min(1).optional(),
  /**
   * Fingerprint of the original's title and text that this translation was made from
   * (see originalFingerprint in src/content/fingerprint.ts). When the original changes,
   * its fingerprint changes and the translation is reported as outdated.
   */
  translatedFrom: z
    .string()
    .regex(/^[0-9a-f]{8}$/, { error: EXPECTED.translatedFrom })
    .optional(),
  /** Translated texts of the original's corrigenda, in the same order; their dates are written once, in the original. */
  corrigenda: z.array(text('translatedCorrigenda')).min(1).optional(),
});

/** The fields a translation may carry besides restated facts. */
export const TRANSLATION_FIELDS = Object.keys(translationSchema.shape) as (keyof Translation)[];

export type Translation = z.output<typeof translationSchema>;
