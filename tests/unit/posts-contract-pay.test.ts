import { describe, expect, it } from 'vitest';
import { gradeLabel, gradesOf } from '../../src/content/grade.ts';
import { SALARY_GRID_MAX_AGE_DAYS, salaryGridWarnings } from '../../src/content/warnings.ts';
import { baseSalary, employmentType } from '../../src/outputs/structured-data.ts';
import { noticeFactsSchema, type NoticeFacts } from '../../src/schemas/notice.ts';
import { formatContractDuration, formatPay } from '../../src/site/format.ts';
import { translator } from '../../src/site/i18n.ts';
import { SALARY_GRID, gridSalary, payOf } from '../../src/site/pay.ts';

const BASE = {
  reference: 'PE/AD/2025/14',
  title: 'Administrator – translator',
  staffCategory: 'temporary-agent',
  domain: 'languages',
  deadline: '2025-03-28T12:00',
  apply: { email: 'jobs@example.eu' },
};
const TWO_POSTS = [
  { count: 1, grade: 'AD 5', city: 'Bruksela', country: 'BE' },
  { count: 1, grade: 'AD 7', city: 'Luksemburg', country: 'LU' },
];

function facts(changes: Record<string, unknown>): NoticeFacts {
  const parsed = noticeFactsSchema.safeParse({ ...BASE, ...changes });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  return parsed.data;
}

/** Intl separates a currency code and thousands with no-break spaces; the tests write plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function problems(changes: Record<string, unknown>): string[] {
  const parsed = noticeFactsSchema.safeParse({ ...BASE, ...changes });
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('a notice offering several posts', () => {
  it('ties each grade to its place and counts the posts', () => {
    const { posts, locations } = facts({ posts: TWO_POSTS });
    expect(locations).toEqual([
      { city: 'Bruksela', country: 'BE' },
      { city: 'Luksemburg', country: 'LU' },
    ]);
    expect(posts!.map((post) => [post.count, gradesOf(post.grade!).map(gradeLabel), post.location])).toEqual([
      [1, ['AD5'], 0],
      [1, ['AD7'], 1],
    ]);
  });

  it('offers AD5 and AD7, never the AD6 a range AD5/AD7 would include', () => {
    expect(gradesOf(facts({ posts: TWO_POSTS }).grade!).map(gradeLabel)).toEqual(['AD5', 'AD7']);
  });

  it('names one place once, however many posts it has', () => {
    const { locations } = facts({ posts: [TWO_POSTS[0], { ...TWO_POSTS[1], city: 'Bruksela', country: 'BE' }] });
    expect(locations).toHaveLength(1);
  });

  it('is as simple as before with one grade range and one place', () => {
    const simple = facts({ grade: 'AD5-AD7', locations: [{ city: 'Brussels', country: 'BE' }] });
    expect(simple.posts).toBeUndefined();
    expect(gradesOf(simple.grade!).map(gradeLabel)).toEqual(['AD5', 'AD6', 'AD7']);
  });

  it('is told to write grades and places in the posts, not beside them', () => {
    expect(problems({ posts: TWO_POSTS, grade: 'AD5' })).toEqual([
      'grade: is written with posts: give each post its grade and leave grade out',
    ]);
    expect(problems({ posts: TWO_POSTS, locations: [{ city: 'Brussels', country: 'BE' }] })).toEqual([
      'locations: is written with posts: give each post its city and country and leave locations out',
    ]);
  });

  it('is told which post lacks a grade or has one that does not exist', () => {
    expect(problems({ posts: [{ city: 'Brussels', country: 'BE' }] })).toEqual([
      'posts.0.grade: is missing: a temporary-agent post has a grade',
    ]);
    expect(problems({ posts: [TWO_POSTS[0], { ...TWO_POSTS[1], grade: 'AD 17' }] })).toEqual([
      'posts.1.grade: "AD 17" does not exist: AD grades go from AD5 to AD16',
    ]);
  });

  it('needs places, in locations or in posts', () => {
    expect(problems({ grade: 'AD5' })[0]).toMatch(/^locations: is missing\. Expected a list of places/);
  });
});

describe('the contract of a post', () => {
  const t = translator('en');

  it('is indefinite, fixed-term with its length, renewable or not', () => {
    expect(
      formatContractDuration(facts({ grade: 'AD5', locations: [{ city: 'Brussels', country: 'BE' }], contract: 'indefinite' }), t),
    ).toBe('Indefinite');
    const renewable = facts({
      grade: 'AD5',
      locations: [{ city: 'Brussels', country: 'BE' }],
      contractDuration: { minYears: 4, renewable: true },
    });
    expect(formatContractDuration(renewable, t)).toBe('4 years, renewable');
    const notRenewable = facts({
      grade: 'AD5',
      locations: [{ city: 'Brussels', country: 'BE' }],
      contractDuration: { minYears: 1, maxYears: 3, renewable: false },
    });
    expect(formatContractDuration(notRenewable, t)).toBe('1 to 3 years, not renewable');
  });

  it('has no duration when it is indefinite', () => {
    expect(
      problems({
        grade: 'AD5',
        locations: [{ city: 'Brussels', country: 'BE' }],
        contract: 'indefinite',
        contractDuration: { minYears: 2 },
      }),
    ).toEqual(['contractDuration: is given for an indefinite contract: leave it out, or write contract: fixed-term']);
  });

  it('makes an indefinite temporary agent FULL_TIME for Google, and a fixed-term one TEMPORARY too', () => {
    const place = { grade: 'AD5', locations: [{ city: 'Brussels', country: 'BE' }] };
    expect(employmentType(facts({ ...place, contract: 'indefinite' }))).toEqual(['FULL_TIME']);
    expect(employmentType(facts(place))).toEqual(['FULL_TIME', 'TEMPORARY']);
  });

  it('states a start date, or that the post is available immediately', () => {
    const place = { grade: 'AD5', locations: [{ city: 'Brussels', country: 'BE' }] };
    expect(facts({ ...place, availableFrom: 'immediately' }).availableFrom).toBe('immediately');
    expect(facts({ ...place, availableFrom: '2025-09-01' }).availableFrom).toBe('2025-09-01');
    expect(problems({ ...place, availableFrom: 'ASAP' })[0]).toMatch(/^availableFrom: /);
  });
});

describe('the pay of a post', () => {
  const t = translator('en');

  it('is the basic salary at step 1 of the grid for temporary agents, grade by grade', () => {
    const pay = payOf(facts({ posts: TWO_POSTS }))!;
    expect(plain(formatPay(pay, 'en', t))).toBe('Basic monthly salary at step 1: EUR 6,152.64 (AD5), EUR 7,876.27 (AD7)');
    expect(plain(formatPay(pay, 'fr', translator('fr')))).toBe(
      'Traitement de base mensuel à l’échelon 1 : 6 152,64 EUR (AD5) et 7 876,27 EUR (AD7)',
    );
  });

  it('reads the grid from one data file that says where it comes from and when it applies', () => {
    expect(SALARY_GRID.appliesFrom).toBe('2025-07-01');
    expect(SALARY_GRID.source).toContain('C/2025/6564');
    expect(gridSalary({ group: 'AD', level: 5 })).toBe(6152.64);
    expect(gridSalary({ group: 'AD', level: 7 })).toBe(7876.27);
    expect(gridSalary({ group: 'AST', level: 3 })).toBe(4806.17);
    expect(gridSalary({ group: 'AST/SC', level: 1 })).toBe(3291.94);
  });

  it('has a salary for every grade of officials and temporary agents, higher the higher the grade', () => {
    const column = (group: 'AD' | 'AST' | 'AST/SC', from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, index) => gridSalary({ group, level: from + index }));
    for (const salaries of [column('AST', 1, 11), column('AD', 5, 16), column('AST/SC', 1, 6)]) {
      expect(salaries).not.toContain(undefined);
      expect(salaries).toEqual([...salaries].sort((a, b) => a! - b!));
    }
    expect(gridSalary({ group: 'AST', level: 5 })).toBe(gridSalary({ group: 'AD', level: 5 }));
    expect(gridSalary({ group: 'FG', level: 4 })).toBeUndefined();
  });

  it('invents nothing for contract agents, seconded national experts and trainees', () => {
    expect(
      payOf(facts({ staffCategory: 'contract-agent', grade: 'FGIV', locations: [{ city: 'Brussels', country: 'BE' }] })),
    ).toBeUndefined();
    expect(payOf(facts({ staffCategory: 'trainee', locations: [{ city: 'Brussels', country: 'BE' }] }))).toBeUndefined();
  });

  it('is what the notice states when it states it, with its period and kind', () => {
    const trainee = facts({
      staffCategory: 'trainee',
      locations: [{ city: 'Brussels', country: 'BE' }],
      pay: { amount: 1600, kind: 'grant' },
    });
    expect(plain(formatPay(payOf(trainee)!, 'en', t))).toBe('EUR 1,600 a month (grant)');
    const agent = facts({
      staffCategory: 'contract-agent',
      grade: 'FGIV',
      locations: [{ city: 'Lisbon', country: 'PT' }],
      pay: { min: 4100, max: 4650 },
    });
    expect(plain(formatPay(payOf(agent)!, 'de', translator('de')))).toBe('4.100–4.650 EUR monatlich (Grundgehalt)');
  });

  it('is told when it gives no amount, or both an amount and a range', () => {
    const place = { grade: 'AD5', locations: [{ city: 'Brussels', country: 'BE' }] };
    expect(problems({ ...place, pay: { currency: 'EUR' } })).toEqual(['pay: gives no amount: write amount, or min and max']);
    expect(problems({ ...place, pay: { amount: 5000, min: 4000, max: 6000 } })).toEqual([
      'pay: gives both an amount and a range: keep one',
    ]);
    expect(problems({ ...place, pay: { amount: 5000, currency: 'euro' } })).toEqual([
      'pay.currency: a three-letter currency code in capitals, such as EUR',
    ]);
  });

  it('goes to Google as baseSalary in EUR a month: a range over the grades offered', () => {
    expect(baseSalary(facts({ posts: TWO_POSTS }))).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 6152.64, maxValue: 7876.27, unitText: 'MONTH' },
    });
  });

  it('warns, once, when the grid notices show is more than a year old', () => {
    const shown = [facts({ posts: TWO_POSTS }), facts({ posts: TWO_POSTS })];
    const daysAfterAdjustment = (days: number) => Date.parse(`${SALARY_GRID.appliesFrom}T12:00:00Z`) + days * 86_400_000;
    expect(salaryGridWarnings(shown, daysAfterAdjustment(SALARY_GRID_MAX_AGE_DAYS))).toEqual([]);
    const warnings = salaryGridWarnings(shown, daysAfterAdjustment(SALARY_GRID_MAX_AGE_DAYS + 1));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', file: 'src/site/data/salary-grid.json', field: 'appliesFrom' });
    expect(salaryGridWarnings([], daysAfterAdjustment(SALARY_GRID_MAX_AGE_DAYS + 1))).toEqual([]);
  });
});
