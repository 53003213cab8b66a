import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_FILE, noticeFormText } from '../../scripts/cms-config.ts';
import { LANGUAGES } from '../../src/browser/languages.ts';
import { GRADE_PATTERN, TIME_ZONES, type FormCollection, type FormField } from '../../src/cms/notice-form.ts';
import { adminContentSecurityPolicy, adminHeadersRule } from '../../src/cms/security.ts';
import { cmsConfig, cmsSettingsSchema, readCmsSettings } from '../../src/cms/settings.ts';
import { isTimeZone } from '../../src/content/deadline.ts';
import { parseGrade } from '../../src/content/grade.ts';
import { EXPECTED, FACT_FIELDS, TRANSLATION_FIELDS } from '../../src/schemas/notice.ts';

const form = JSON.parse(noticeFormText()) as { collections: FormCollection[] };
const english = form.collections.find((collection) => collection.name === 'notices-en')!;
const field = (name: string) => english.fields.find((candidate) => candidate.name === name)!;

describe('the form at /admin/', () => {
  it('is made from the notice schema and up to date with it (npm run cms-config writes it)', () => {
    expect(readFileSync(FORM_FILE, 'utf8')).toBe(noticeFormText());
  });

  it('has a field for every fact of the original and every field of a translation, and the text', () => {
    const names = english.fields.map((candidate) => candidate.name);
    expect(names).toEqual(expect.arrayContaining([...FACT_FIELDS, ...TRANSLATION_FIELDS, 'body']));
  });

  it('asks for the facts once, in the original, and for the title, the places and the text in every language', () => {
    const translated = english.fields.filter((candidate) => candidate.i18n).map((candidate) => candidate.name);
    expect(translated.sort()).toEqual(['body', 'places', 'title', 'translatedFrom']);
  });

  it('has one collection per language of the original, showing only the notices whose file in that language has a reference', () => {
    expect(form.collections.map((collection) => collection.i18n.default_locale)).toEqual([...LANGUAGES]);
    const french = form.collections.find((collection) => collection.name === 'notices-fr')!;
    expect(french).toMatchObject({
      label: 'Français',
      folder: 'content/vacancies',
      path: '{{slug}}/index',
      slug: '{{reference}}',
      i18n: { structure: 'multiple_files', default_locale: 'fr', initial_locales: 'default' },
    });
    expect(french.i18n.locales).toHaveLength(24);
    const filter = new RegExp(french.filter.pattern);
    expect(filter.test('DIGIT/COM/2024/461')).toBe(true);
    // The CMS tests the pattern on the text "null" when the file has no reference.
    expect(filter.test('null')).toBe(false);
  });

  it('offers the staff categories, legal bases, domains and time zones as choices', () => {
    expect(field('staffCategory')).toMatchObject({
      widget: 'select',
      options: ['official', 'temporary-agent', 'contract-agent', 'seconded-national-expert', 'trainee'],
    });
    expect(field('legalBasis')).toMatchObject({
      widget: 'select',
      multiple: true,
      options: ['2(a)', '2(b)', '2(c)', '2(d)', '2(e)', '2(f)', '3a', '3b'],
    });
    expect(field('domain')).toMatchObject({ widget: 'select' });
    expect(field('domain').options).toContain('ict');
    expect(field('timezone')).toMatchObject({ widget: 'select', default: 'Europe/Brussels' });
    expect(TIME_ZONES.filter((zone) => !isTimeZone(zone))).toEqual([]);
  });

  it('asks for the deadline as a local date and time, written as it is typed, never converted to UTC', () => {
    expect(field('deadline')).toMatchObject({
      widget: 'datetime',
      type: 'datetime-local',
      format: 'YYYY-MM-DDTHH:mm',
      input_timezone: 'local',
      output_utc: false,
      required: true,
      i18n: false,
    });
    expect(field('published')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
  });

  it("checks the reference and the grade as they are typed, with the project's own messages", () => {
    const [reference, referenceMessage] = field('reference').pattern!;
    expect(new RegExp(reference).test('DIGIT/COM/2024/461')).toBe(true);
    expect(new RegExp(reference).test('PAC CA 01/2018')).toBe(true);
    expect(new RegExp(reference).test('DIGIT;COM')).toBe(false);
    expect(referenceMessage).toBe(`Expected ${EXPECTED.reference}.`);
    const [grade, gradeMessage] = field('grade').pattern!;
    expect(gradeMessage).toBe(`Expected ${EXPECTED.grade}.`);
    expect(grade).toBe(GRADE_PATTERN);
    for (const accepted of ['AD5', 'AD16', 'AST11', 'AST/SC2', 'FGIV', 'AD5-AD7', 'AD5/AD7']) {
      expect(new RegExp(grade).test(accepted), accepted).toBe(true);
      expect(parseGrade(accepted).ok, accepted).toBe(true);
    }
    for (const refused of ['AD4', 'AD17', 'AST12', 'FGV', 'ad5', 'AD 5']) expect(new RegExp(grade).test(refused), refused).toBe(false);
  });

  it('asks for the places and the posts as lists, and each place for its city and country code', () => {
    const locations = field('locations');
    expect(locations).toMatchObject({ widget: 'list', min: 1, i18n: false });
    const country = locations.fields!.find((sub: FormField) => sub.name === 'country')!;
    expect(country.pattern).toEqual(['^[A-Z]{2}$', `Expected ${EXPECTED['locations.country']}.`]);
    expect(field('places')).toMatchObject({ widget: 'list', i18n: true, required: false });
    const posts = field('posts');
    expect(posts).toMatchObject({ widget: 'list', i18n: false });
    expect(posts.fields!.find((sub: FormField) => sub.name === 'grade')!.pattern![0]).toBe(GRADE_PATTERN);
  });

  it("helps with each field in the schema's own words", () => {
    expect(field('staffCategory').hint).toBe('Staff category of the post.');
    expect(field('organisation').hint).toBe('Recruiting institution; defaults to the organisation in content/site.yaml.');
  });
});

describe('the backend of the form', () => {
  const gitlab = cmsSettingsSchema.parse({
    backend: { name: 'gitlab', repo: 'cert-eu/vacancies', base_url: 'https://code.europa.eu/', app_id: 'abc123' },
  });

  it('signs in to a self-hosted GitLab with PKCE and proposes every change as a merge request', () => {
    expect(cmsConfig(gitlab, { i18n: {}, collections: [] }, 'CERT-EU')).toMatchObject({
      load_config_file: false,
      backend: {
        name: 'gitlab',
        repo: 'cert-eu/vacancies',
        base_url: 'https://code.europa.eu',
        api_root: 'https://code.europa.eu/api/v4',
        auth_type: 'pkce',
        app_id: 'abc123',
      },
      publish_mode: 'editorial_workflow',
      output: { omit_empty_optional_fields: true },
    });
  });

  it('signs in to GitHub with a token, or through an OAuth proxy when one is given', () => {
    const token = cmsSettingsSchema.parse({ backend: { name: 'github', repo: 'cert-eu/vacancies' } });
    expect(cmsConfig(token, { i18n: {}, collections: [] }, 'CERT-EU').backend).toMatchObject({ auth_methods: ['token'] });
    const proxy = cmsSettingsSchema.parse({ backend: { name: 'github', repo: 'cert-eu/vacancies', base_url: 'https://auth.example.eu' } });
    expect(cmsConfig(proxy, { i18n: {}, collections: [] }, 'CERT-EU').backend).toMatchObject({ auth_methods: ['oauth', 'token'] });
  });

  it('lets the page talk to the git host and to no other site', () => {
    const policy = adminContentSecurityPolicy(gitlab);
    expect(policy).toContain("connect-src 'self' blob: data: https://code.europa.eu;");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("form-action 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(adminContentSecurityPolicy(undefined)).toContain("connect-src 'self' blob: data:;");
    expect(adminHeadersRule(gitlab)).toMatch(/^\/admin\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'none'$/m);
  });

  it('is read from content/cms.yaml, and a mistake there names the file and the setting', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cms-settings-'));
    expect(readCmsSettings(folder)).toBeUndefined();
    writeFileSync(join(folder, 'cms.yaml'), 'backend:\n  name: gitlab\n  repo: cert-eu/vacancies\n');
    expect(() => readCmsSettings(folder)).toThrow(`${join(folder, 'cms.yaml')} has wrong settings:\n  backend.app_id:`);
  });
});
