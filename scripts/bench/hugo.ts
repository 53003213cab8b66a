/**
 * The same notices as a minimal Hugo site, for a yardstick: 24 languages, one
 * content folder each, every notice a page in every language (its translation
 * where it has one, else the original, as eu-vacancies shows it), and templates
 * that print the title, the facts and the text.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../src/browser/languages.ts';
import type { BenchNotice } from './notices.ts';

/** "hugo v0.111.3+extended linux/amd64 …" when hugo is on PATH. */
export function hugoVersion(): string | undefined {
  const run = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

const CONFIG = `baseURL = "https://bench.example.eu/"
title = "Bench Institution"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term"]
${LANGUAGES.map((language, index) => `[languages.${language}]\ncontentDir = "content/${language}"\nweight = ${index + 1}\n`).join('')}`;

const SINGLE = `<!doctype html>
<html lang="{{ .Language.Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
<dl>{{ range $name, $value := .Params.facts }}<dt>{{ $name }}</dt><dd>{{ $value }}</dd>{{ end }}</dl>
{{ .Content }}
</body>
</html>
`;

const LIST = `<!doctype html>
<html lang="{{ .Language.Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.facts.deadline }}</li>{{ end }}</ul>
</body>
</html>
`;

export function writeHugoSite(notices: BenchNotice[], dir: string) {
  mkdirSync(join(dir, 'layouts', '_default'), { recursive: true });
  writeFileSync(join(dir, 'config.toml'), CONFIG);
  writeFileSync(join(dir, 'layouts', '_default', 'single.html'), SINGLE);
  writeFileSync(join(dir, 'layouts', '_default', 'list.html'), LIST);
  for (const language of LANGUAGES) mkdirSync(join(dir, 'content', language, 'vacancies'), { recursive: true });
  for (const { slug, facts, versions } of notices) {
    const shown = {
      reference: facts.reference,
      'staff category': facts.staffCategory,
      grade: ([facts.grade ?? []].flat() as string[]).join(', '),
      domain: facts.domain,
      place: (facts.locations as { city: string; country: string }[]).map(({ city, country }) => `${city} (${country})`).join(', '),
      published: facts.published,
      deadline: facts.deadline,
    };
    const file = (language: string) => join(dir, 'content', language, 'vacancies', `${slug}.md`);
    for (const { language, title, body } of versions)
      writeFileSync(file(language), `---\ntitle: ${JSON.stringify(title)}\nfacts: ${JSON.stringify(shown)}\n---\n${body}`);
    // The other languages show the original: hard links write it once, not 24 times.
    const original = file(versions[0]!.language);
    for (const language of LANGUAGES) {
      if (versions.some((version) => version.language === language)) continue;
      try {
        linkSync(original, file(language));
      } catch {
        copyFileSync(original, file(language));
      }
    }
  }
}
