import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_ANCESTORS, frameAncestorsAllow, normaliseFrameAncestor } from '../../src/browser/frame-ancestors.ts';
import { siteSettingsSchema } from '../../src/site/settings.ts';

const SELF = 'https://vacancies.cert.europa.eu';
const allows = (origin: string, sources: readonly string[] = DEFAULT_FRAME_ANCESTORS) => frameAncestorsAllow(sources, origin, SELF);

describe('who may frame the site', () => {
  it('lets the site itself, europa.eu and every europa.eu subdomain frame it by default', () => {
    expect(allows(SELF)).toBe(true);
    expect(allows('https://europa.eu')).toBe(true);
    expect(allows('https://ec.europa.eu')).toBe(true);
    expect(allows('https://commission.ec.europa.eu')).toBe(true);
  });

  it('refuses look-alike hosts, other schemes and other ports', () => {
    expect(allows('https://evileuropa.eu')).toBe(false);
    expect(allows('https://europa.eu.evil.example')).toBe(false);
    expect(allows('https://ec.europa.eu.evil.example')).toBe(false);
    expect(allows('http://ec.europa.eu')).toBe(false);
    expect(allows('https://ec.europa.eu:8443')).toBe(false);
    expect(allows('https://vacancies.cert.europa.eu.evil.example')).toBe(false);
  });

  it('refuses what is not an origin: a sandboxed page ("null"), a path, garbage', () => {
    expect(allows('null')).toBe(false);
    expect(allows('https://ec.europa.eu/jobs')).toBe(false);
    expect(allows('')).toBe(false);
    expect(allows('europa.eu')).toBe(false);
  });

  it('does not let *.europa.eu stand for europa.eu itself', () => {
    expect(allows('https://europa.eu', ['https://*.europa.eu'])).toBe(false);
  });

  it('matches ports exactly, any port with :*, and lets http: sources allow https', () => {
    expect(allows('http://127.0.0.1:4321', ['http://127.0.0.1:*'])).toBe(true);
    expect(allows('http://127.0.0.1', ['http://127.0.0.1:*'])).toBe(true);
    expect(allows('http://localhost:4321', ['http://127.0.0.1:*'])).toBe(false);
    expect(allows('http://localhost:4321', ['http://localhost:4321'])).toBe(true);
    expect(allows('http://localhost:4322', ['http://localhost:4321'])).toBe(false);
    expect(allows('https://intranet.example', ['http://intranet.example'])).toBe(true);
    expect(allows('https://intranet.example', ['https://intranet.example:443'])).toBe(true);
  });

  it("allows nobody, not even the site, with 'none'", () => {
    expect(allows(SELF, ["'none'"])).toBe(false);
  });

  it.each([
    ["'self'", "'self'"],
    ['self', "'self'"],
    ['none', "'none'"],
    ['https://*.EUROPA.eu/', 'https://*.europa.eu'],
    ['http://127.0.0.1:*', 'http://127.0.0.1:*'],
  ])('reads %j from content/site.yaml as %s', (written, source) => {
    expect(normaliseFrameAncestor(written)).toBe(source);
  });

  it.each(['*', 'https:', 'europa.eu', 'https://europa.eu/jobs', 'ftp://europa.eu', "'unsafe-inline'", 'https://*'])(
    'refuses %j as a source',
    (written) => {
      expect(normaliseFrameAncestor(written)).toBeUndefined();
    },
  );
});

describe('frameAncestors in content/site.yaml', () => {
  const read = (frameAncestors: unknown) => siteSettingsSchema.safeParse({ organisation: 'CERT-EU', frameAncestors });

  it("defaults to 'self' https://europa.eu https://*.europa.eu", () => {
    expect(read(undefined)).toMatchObject({
      success: true,
      data: { frameAncestors: ["'self'", 'https://europa.eu', 'https://*.europa.eu'] },
    });
  });

  it('takes a list or one line of space-separated sources, as in the policy itself', () => {
    expect(read(['self', 'https://ec.europa.eu'])).toMatchObject({ data: { frameAncestors: ["'self'", 'https://ec.europa.eu'] } });
    expect(read("'self' https://ec.europa.eu")).toMatchObject({ data: { frameAncestors: ["'self'", 'https://ec.europa.eu'] } });
  });

  it('names a source it cannot use, and says what it expects', () => {
    const result = read(['self', 'ec.europa.eu']);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /"ec\.europa\.eu" is not a frame-ancestors source\. Expected 'self', 'none', or an origin with its scheme/,
    );
  });

  it("refuses 'none' next to other sources, and an empty list", () => {
    expect(read(['none', 'self']).success).toBe(false);
    expect(read([]).success).toBe(false);
  });
});
