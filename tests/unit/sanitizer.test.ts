import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../src/content/read.ts';
import { elementsNamed, parseBody } from '../../src/content/body.ts';
import { mayHavePictures } from '../../src/content/pictures.ts';
import { renderMarkdown } from '../../src/content/render.ts';
import { activeContent } from '../support/active-content.ts';

const document = (name: string, type: string): Attachment => ({ name, type, source: `/content/vacancies/test/${name}`, bytes: 1000 });
/** The documents of the notice whose text is rendered, at their addresses as seen from its page. */
const DOCUMENTS = {
  attachments: [document('chart.png', 'PNG'), document('application-form.pdf', 'PDF')],
  href: (name: string) => `../../../vacancies/test/${name}`,
};

/** What a recruiter may write in a notice, and the HTML it becomes: one line per rule of render.ts. */
const CORPUS: [string, string, string][] = [
  ['a script element, dropped with its code', 'Before <script>alert(1)</script> after.', '<p>Before  after.</p>'],
  [
    'an onerror handler on a picture',
    '<img src="chart.png" onerror="alert(1)" alt="Chart">',
    '<img src="../../../vacancies/test/chart.png" alt="Chart">',
  ],
  [
    'an onclick handler on a link',
    '<a href="https://example.eu/" onclick="alert(1)">read</a>',
    '<p><a href="https://example.eu/">read</a></p>',
  ],
  [
    'an svg with an onload handler, of which only the text stays',
    '<svg onload="alert(1)"><circle r="5"></circle><text>Plan</text></svg>',
    '<p>Plan</p>',
  ],
  ['a javascript: link in Markdown', '[read](javascript:alert(1))', '<p><a>read</a></p>'],
  ['a javascript: link split by an entity', '<a href="java&#115;cript:alert(1)">read</a>', '<p><a>read</a></p>'],
  ['a javascript: link split by an encoded tab', '<a href="jav&#x09;ascript:alert(1)">read</a>', '<p><a>read</a></p>'],
  ['a javascript: link split by an encoded tab, in Markdown', '[read](jav&#x09;ascript:alert(1))', '<p><a>read</a></p>'],
  [
    'an iframe, dropped with its fallback text',
    'Before <iframe src="https://example.com/">Your browser</iframe> after.',
    '<p>Before  after.</p>',
  ],
  [
    'math, of which only the text stays, and a picture hidden in it',
    '<math><mi>x</mi><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>',
    '<p>x</p>',
  ],
  [
    'a style element, dropped with its rules, and a style attribute',
    '<style>p { display: none }</style>\n\n<p style="color: red">Text</p>',
    '\n<p>Text</p>',
  ],
  [
    'a form with its controls, of which only the text stays',
    '<form action="https://example.com/"><input name="q" value="v"><button>Send</button><select><option>A</option></select><textarea>T</textarea></form>',
    'SendAT',
  ],
  ['a checkbox', 'Agree <input type="checkbox" checked disabled> now', '<p>Agree  now</p>'],
  ['a task list, whose boxes are text', '- [ ] CV\n- [x] Letter', '<ul>\n<li>☐ CV</li>\n<li>☑ Letter</li>\n</ul>'],
  ['a base element', '<base href="https://example.com/">', ''],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.com/">', ''],
  ['a link element', '<link rel="stylesheet" href="https://example.com/x.css">', ''],
  [
    'an object and an embed, of which only the fallback text stays',
    '<object data="https://example.com/x.swf">Fallback</object><embed src="https://example.com/x.swf">',
    '<p>Fallback</p>',
  ],
  [
    'noscript, noembed, noframes and title, dropped with what they hold, and a template',
    'A<noscript>Enable</noscript><template><p>T</p></template><noembed>E</noembed><noframes>F</noframes><title>T</title>',
    '<p>A</p>',
  ],
  ['a tabindex', '<p tabindex="1">Text</p>', '<p>Text</p>'],
  ['an accesskey', '<a href="https://example.eu/" accesskey="s">read</a>', '<p><a href="https://example.eu/">read</a></p>'],
  [
    "ARIA references to the page's own ids",
    '<a href="https://example.eu/" aria-describedby="main" aria-labelledby="main">read</a>',
    '<p><a href="https://example.eu/" aria-describedby="user-content-main" aria-labelledby="user-content-main">read</a></p>',
  ],
  [
    "a heading that would take the page's id main, and a link to it",
    '## Main\n\n[Back to the top](#main)',
    '<h2 id="user-content-main">Main</h2>\n<p><a href="#user-content-main">Back to the top</a></p>',
  ],
  [
    'ids and names written in HTML',
    '<div id="main"><a name="top">x</a></div>',
    '<div id="user-content-main"><a name="user-content-top">x</a></div>',
  ],
  [
    'table headers, which refer to ids',
    '<table><tr><th id="h">A</th></tr><tr><td headers="h">1</td></tr></table>',
    '<table><tbody><tr><th id="user-content-h">A</th></tr><tr><td headers="user-content-h">1</td></tr></tbody></table>',
  ],
  ['a picture from another site, shown as its alternative text', '![Logo](https://example.com/logo.png)', '<p>Logo</p>'],
  ['a picture at another address of the site', 'See <img src="/careers/favicon.svg" alt="Logo">', '<p>See Logo</p>'],
  ['a picture written as a data: address', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Dot">', 'Dot'],
  [
    'links to other protocols than http:, https:, mailto: and tel:',
    '[call](tel:+3222991111) [chat](irc://example.com/jobs)',
    '<p><a href="tel:+3222991111">call</a> <a>chat</a></p>',
  ],
  ['a data: link', '<a href="data:text/html,<script>alert(1)</script>">read</a>', '<p><a>read</a></p>'],
  [
    'the sources of a picture element, which could fetch from another site',
    '<picture><source srcset="https://example.com/a.png"><img src="chart.png" alt="C"></picture>',
    '<p><img src="../../../vacancies/test/chart.png" alt="C"></p>',
  ],
  [
    "the notice's own picture, at its published address",
    '![Chart](chart.png)',
    '<p><img src="../../../vacancies/test/chart.png" alt="Chart"></p>',
  ],
  [
    "links to the notice's own document, at its published address",
    '[form](application-form.pdf) [form](./application-form.pdf)',
    '<p><a href="../../../vacancies/test/application-form.pdf">form</a> <a href="../../../vacancies/test/application-form.pdf">form</a></p>',
  ],
  ['a document of the notice that is not a picture, shown as one', '![Form](application-form.pdf)', '<p>Form</p>'],
  ['a picture that is not in the notice', '![Plan](plan.png)', '<p>Plan</p>'],
];

describe("a notice's text on its page", () => {
  it.each(CORPUS)('becomes the HTML its rule says: %s', (_, markdown, html) => {
    expect(renderMarkdown(markdown, DOCUMENTS)).toBe(html);
  });

  it('lets nothing that a browser would run through, in any line of the corpus', () => {
    for (const [name, markdown] of CORPUS) expect(activeContent(renderMarkdown(markdown, DOCUMENTS)), name).toEqual([]);
  });

  it('links footnotes to their prefixed ids', () => {
    const html = renderMarkdown('Note[^1].\n\n[^1]: Text.', DOCUMENTS);
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<a href="#user-content-fnref-1"');
  });

  it('gives no id or name without the prefix', () => {
    for (const [name, markdown] of CORPUS) {
      expect(renderMarkdown(markdown, DOCUMENTS), name).not.toMatch(
        /\s(id|name|aria-describedby|aria-labelledby|headers)="(?!user-content-)/,
      );
    }
  });
});

describe("the check of a notice's pictures", () => {
  it('looks at every text of the corpus that holds a picture, however it is written', () => {
    const withPictures = CORPUS.map(([, markdown]) => markdown).filter((markdown) => elementsNamed(parseBody(markdown), 'img').length > 0);
    const written = ['![Chart](chart.png)', '![Chart][chart]\n\n[chart]: chart.png', '<IMG SRC="x.png">', '<image src="x.png">'];
    for (const markdown of [...withPictures, ...written]) expect(mayHavePictures(markdown), markdown).toBe(true);
    expect(withPictures.length).toBeGreaterThan(3);
  });

  it('skips a text without a picture, which need not be parsed twice', () => {
    expect(mayHavePictures('## The post\n\nYou will [apply](https://example.eu) by **12:00**. Images of the EU are welcome!')).toBe(false);
  });
});
