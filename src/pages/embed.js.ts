/**
 * /embed.js under the base path: the script a host page loads to show the vacancies
 * in an iframe. Not fingerprinted, since host pages name it by a stable address; the
 * frame's title and the fallback link's text are written into it in all 24 languages.
 */
import { LANGUAGES } from '../browser/languages.ts';
import { translator } from '../site/i18n.ts';
import { loadSite } from '../site/model.ts';
import { standaloneScript } from '../outputs/standalone-script.ts';

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
  return standaloneScript(
    'src/scripts/embed-host.ts',
    { EMBED_STRINGS: strings },
    '/* eu-vacancies embed.js (EUPL-1.2): see docs/embed-protocol.md */',
  );
}
