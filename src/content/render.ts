/**
 * A notice's text as the HTML of its page: the tree of body.ts (Markdown and
 * the HTML recruiters paste into it), sanitized by rehype-sanitize with
 * GitHub's schema made stricter, then its links and pictures pointed at the
 * notice's documents.
 *
 * What a notice's HTML may contain (docs/publishing.md tells recruiters):
 * - the elements of GitHub's Markdown: headings, paragraphs, lists, tables,
 *   quotes, code, emphasis, details, footnotes…; a task list's boxes are text
 *   (☐, ☑), not checkboxes;
 * - links to http:, https:, mailto: and tel: addresses, to the notice's
 *   documents ("application-form.pdf") and to places in the text ("#selection");
 * - pictures that are the notice's own PNG or JPG documents, named by file
 *   name. Any other picture is an error of the check (pictures.ts); should one
 *   get here, its alternative text is shown instead.
 *
 * Nothing else. Dropped with what they hold: script, style, iframe, noscript,
 * noembed, noframes, template, title. Dropped, their text kept: svg, math,
 * form, button, select, textarea, object, picture and every other element
 * GitHub does not allow. Dropped: input, source, base, meta, link, embed;
 * event handlers, style attributes, tabindex, accesskey; links to any other
 * protocol (javascript:, data:…), however they are written.
 *
 * The text shares its page with the site's own ids (main, …): every id and name
 * in it, heading ids included, gets the prefix user-content-, and so do the
 * references to ids (aria-describedby, aria-labelledby, headers), so that
 * the text can neither take an id of the page nor point at one. Links to
 * "#name" in the text are rewritten to "#user-content-name" and keep working
 * without a script.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { unified } from 'unified';
import { parseBody } from './body.ts';
import { documentNamed, isPicture } from './pictures.ts';
import type { Attachment } from './read.ts';
import type { Language } from '../browser/languages.ts';
import { translator } from '../site/i18n.ts';

/** The prefix of every id and name in a notice's text, as GitHub gives them. */
export const ID_PREFIX = 'user-content-';

/** Elements whose content a browser does not show either: dropped with it. */
const DROPPED_WITH_CONTENT = ['style', 'iframe', 'noscript', 'noembed', 'noframes', 'title'];
/** Elements GitHub's schema allows that a notice may not have: form controls, and the pictures a <source> would fetch. */
const REFUSED_ELEMENTS = new Set(['input', 'picture', 'source']);
/** Attributes GitHub's schema allows on every element that a notice may not have: a place in the focus order, a keyboard shortcut. */
const REFUSED_ATTRIBUTES = new Set(['tabIndex', 'accessKey']);

type AttributeList = NonNullable<NonNullable<Schema['attributes']>[string]>;
const allowedAttributes = (list: AttributeList) =>
  list.filter((attribute) => !REFUSED_ATTRIBUTES.has(typeof attribute === 'string' ? attribute : attribute[0]));

export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: defaultSchema.tagNames!.filter((name) => !REFUSED_ELEMENTS.has(name)),
  attributes: Object.fromEntries(
    Object.entries(defaultSchema.attributes!)
      .filter(([name]) => !REFUSED_ELEMENTS.has(name))
      .map(([name, list]) => [name, allowedAttributes(list)]),
  ),
  required: {},
  // GitHub's list (id, name, aria-describedby, aria-labelledby) and the table cells' references to their headers.
  clobber: [...defaultSchema.clobber!, 'headers'],
  clobberPrefix: ID_PREFIX,
  strip: [...defaultSchema.strip!, ...DROPPED_WITH_CONTENT],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

// Heading ids are made before sanitizing, so that they get the prefix; Astro's, so that they are the ids Astro would give.
const sanitizer = unified().use(rehypeHeadingIds).use(rehypeSanitize, SANITIZE_SCHEMA).freeze();

/** The documents of the notice whose text is rendered, and their addresses as its page links them. */
export interface NoticeDocuments {
  attachments: readonly Attachment[];
  href(name: string): string;
}

const NO_DOCUMENTS: NoticeDocuments = { attachments: [], href: (name) => name };

/** Links to places in the text follow the prefixed ids; links and pictures naming documents get their addresses. */
function pointAtDocuments(parent: Root | Element, documents: NoticeDocuments) {
  parent.children = parent.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child as ElementContent];
    const { properties } = child;
    if (child.tagName === 'a' && typeof properties.href === 'string') {
      const { href } = properties;
      const document = documentNamed(href, documents.attachments);
      if (document) properties.href = documents.href(document.name);
      else if (href.length > 1 && href.startsWith('#') && !href.startsWith(`#${ID_PREFIX}`))
        properties.href = `#${ID_PREFIX}${href.slice(1)}`;
    }
    if (child.tagName === 'img') {
      const document = typeof properties.src === 'string' ? documentNamed(properties.src, documents.attachments) : undefined;
      if (!document || !isPicture(document)) {
        return typeof properties.alt === 'string' && properties.alt !== '' ? [{ type: 'text', value: properties.alt }] : [];
      }
      properties.src = documents.href(document.name);
    }
    pointAtDocuments(child, documents);
    return [child];
  });
}

/**
 * The footnotes' heading and links back in the text's language: the Markdown parser
 * writes them in English ("Footnotes", "Back to reference 1-2").
 */
function labelFootnotes(parent: Root | Element, language: Language) {
  const t = translator(language);
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    const { properties } = child;
    if ('dataFootnotes' in properties) {
      const heading = child.children.find((node): node is Element => node.type === 'element' && /^h\d$/.test(node.tagName));
      if (heading) heading.children = [{ type: 'text', value: t('official.footnotes') }];
    }
    if ('dataFootnoteBackref' in properties && typeof properties.ariaLabel === 'string') {
      properties.ariaLabel = t('official.footnoteBack', { reference: properties.ariaLabel.replace(/^\D+/, '') });
    }
    labelFootnotes(child, language);
  }
}

/**
 * Sanitized HTML of a text in `language`: a notice's, whose own documents (`documents`)
 * it may link and show, or an official page's.
 */
export function renderMarkdown(markdown: string, documents: NoticeDocuments = NO_DOCUMENTS, language: Language = 'en'): string {
  const tree = sanitizer.runSync(parseBody(markdown));
  pointAtDocuments(tree, documents);
  labelFootnotes(tree, language);
  return toHtml(tree);
}
