/** /framed.js under the base path: the few lines every page runs in its head, before it is drawn (src/scripts/framed.ts). */
import { loadSite } from '../site/model.ts';
import { standaloneScript } from '../outputs/standalone-script.ts';

export async function GET() {
  const { settings } = await loadSite();
  return standaloneScript(
    'src/scripts/framed.ts',
    { FRAME_ANCESTORS: settings.frameAncestors, FRAME_LOOK: settings.frameLook },
    '/* eu-vacancies framed.js (EUPL-1.2) */',
  );
}
