/**
 * /embed.js under the base path: the script a host page loads to show the vacancies
 * in an iframe. Not fingerprinted, since host pages name it by a stable address; the
 * frame's title and the fallback link's text are written into it in all 24 languages.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { LANGUAGES } from '../browser/languages.ts';
import { translator } from '../site/i18n.ts';
import { loadSite } from '../site/model.ts';

export async function GET() {
  const { settings } = await loadSite();
  const strings = Object.fromEntries(
    LANGUAGES.map((language) => {
      const t = translator(language);
      return [
        language,
        {
          frameTitle: t('embed.frameTitle', { organisation: settings.organisation }),
          openFullSite: t('embed.openFullSite', { organisation: settings.organisation }),
        },
      ];
    }),
  );
  const result = await build({
    entryPoints: [resolve('src/scripts/embed-host.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    charset: 'utf8',
    write: false,
    define: { EMBED_STRINGS: JSON.stringify(strings) },
    banner: { js: '/* eu-vacancies embed.js (EUPL-1.2): see docs/embed-protocol.md */' },
  });
  return new Response(result.outputFiles[0]!.text, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
