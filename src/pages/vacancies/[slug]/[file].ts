/** The documents kept next to a notice (an application form, a guide for candidates), published as they are. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { loadSite } from '../../../site/model.ts';
import type { Attachment } from '../../../content/read.ts';

export async function getStaticPaths() {
  const site = await loadSite();
  return site.notices.flatMap((notice) =>
    notice.attachments.map((attachment) => ({ params: { slug: notice.slug, file: attachment.name }, props: { attachment } })),
  );
}

export const GET: APIRoute<{ attachment: Attachment }> = ({ props }) => new Response(readFileSync(props.attachment.source));
