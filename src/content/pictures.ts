/**
 * The pictures a notice's text may show: its own documents that are pictures,
 * named by their file name ("organisation-chart.png", or "./organisation-chart.png").
 * A picture from another site would show broken (the pages' Content-Security-Policy
 * loads none) and tell that site who reads the notice; a picture written into the
 * text as a data: address escapes the checks of type and size that documents get.
 * The check reports any other picture (pictureProblems); the page shows its
 * alternative text instead (render.ts).
 */
import type { Element } from 'hast';
import { basename } from 'node:path';
import { elementsNamed, parseBody } from './body.ts';
import type { ContentProblem } from './problems.ts';
import type { Attachment, ReadVersion } from './read.ts';

/** Types of document a page shows as a picture. */
export const PICTURE_TYPES: readonly string[] = ['PNG', 'JPG', 'JPEG'];

/** The notice's document that an address names by its file name alone, if any. */
export function documentNamed(address: string, attachments: readonly Attachment[]): Attachment | undefined {
  const name = address.trim().replace(/^\.\//, '');
  return attachments.find((attachment) => attachment.name === name);
}

export function isPicture(attachment: Attachment): boolean {
  return PICTURE_TYPES.includes(attachment.type);
}

/** Long addresses (a data: address can be a whole picture) are cut in messages. */
function shown(address: string): string {
  return address.length > 60 ? `${address.slice(0, 59)}…` : address;
}

/** What is wrong with a picture's address and what is expected instead; undefined for one of the notice's pictures. */
function pictureMistake(image: Element, address: string, attachments: readonly Attachment[], file: string) {
  const picture = `a PNG or JPG picture uploaded to the notice's folder, next to ${basename(file)}, and named by its file name alone, such as ![Organisation chart](organisation-chart.png)`;
  const document = documentNamed(address, attachments);
  if (document) {
    if (isPicture(document)) return undefined;
    const alt =
      typeof image.properties.alt === 'string' && image.properties.alt.trim() !== '' ? image.properties.alt.trim() : 'the document';
    return {
      message: `"${document.name}" is a ${document.type} document, not a picture a page can show`,
      expected: `a link to it instead, such as [${alt}](${document.name}), or ${picture}`,
    };
  }
  const quoted = `the picture "${shown(address)}"`;
  const onlyOurs = "and the page shows only pictures kept in the notice's folder";
  if (/^\s*data:/i.test(address)) return { message: `${quoted} is written into the text, ${onlyOurs}`, expected: picture };
  if (/^\s*([a-z][a-z0-9+.-]*:|\/\/)/i.test(address)) return { message: `${quoted} is on another site, ${onlyOurs}`, expected: picture };
  if (address.trim().startsWith('/')) return { message: `${quoted} is at another address of the site, ${onlyOurs}`, expected: picture };
  return { message: `${quoted} is not in the notice's folder`, expected: picture };
}

/**
 * Whether a text may hold a picture: Markdown's "![", or HTML's <img> (which the HTML parser
 * also makes of <image>). Most notices have none, and parsing every text twice, here and for
 * its page, was most of the cost of loading a large archive.
 */
export function mayHavePictures(markdown: string): boolean {
  return /!\[|<im(?:g|age)\b/i.test(markdown);
}

/** Every picture of a language version that the page would not show, on its line of the file. */
export function pictureProblems(version: ReadVersion, attachments: readonly Attachment[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!mayHavePictures(version.frontmatter.body)) return problems;
  for (const image of elementsNamed(parseBody(version.frontmatter.body), 'img')) {
    const address = image.properties.src;
    if (typeof address !== 'string' || address.trim() === '') continue;
    const mistake = pictureMistake(image, address, attachments, version.file);
    if (!mistake) continue;
    const line = image.position ? version.bodyLine + image.position.start.line - 1 : undefined;
    problems.push({ severity: 'error', file: version.file, line, ...mistake });
  }
  return problems;
}
