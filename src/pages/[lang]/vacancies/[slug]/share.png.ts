/** /{lang}/vacancies/{slug}/share.png: the picture shown where an open notice is shared, for each language version that exists. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { translator } from '../../../../site/i18n.ts';
import type { Language } from '../../../../browser/languages.ts';
import type { Notice } from '../../../../content/notices.ts';
import { shareCardOf, startDrawing, takeDrawing } from '../../../../outputs/share-image.ts';
import { loadSite } from '../../../../site/model.ts';

const cardOf = (notice: Notice, language: Language) => shareCardOf(notice, language, translator(language));

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const paths = site.open.flatMap((notice) =>
    notice.versions.map((version) => ({ params: { lang: version.language, slug: notice.slug }, props: { notice } })),
  );
  // Every picture starts drawing now, off the main thread, while the build writes the files before them.
  for (const { params, props } of paths) startDrawing(`${params.lang}/${params.slug}`, cardOf(props.notice, params.lang));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ notice: Notice }> = async ({ params, props }) => {
  const language = params.lang as Language;
  const image = await takeDrawing(`${language}/${params.slug}`, cardOf(props.notice, language));
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
