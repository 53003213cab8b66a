/** The organisation's logo (setting `logo`), published from the content folder as it is. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { loadSite } from '../site/model.ts';
import { logoName } from '../site/settings.ts';

export async function getStaticPaths() {
  const { logo } = (await loadSite()).settings;
  return logo ? [{ params: { logo: logoName(logo) }, props: { source: logo } }] : [];
}

export const GET: APIRoute<{ source: string }> = ({ props }) => new Response(readFileSync(props.source));
