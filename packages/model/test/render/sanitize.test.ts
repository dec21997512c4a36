import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { renderBody } from '../../src/render/index.ts';

const render = (markdown: string) =>
  renderBody(markdown, { resolveLink: ({ id }) => (id === 'T-1' ? { href: '/tiltak/T-1/', title: 'Tiltak 1' } : undefined) });

/** Classic payloads (OWASP XSS filter evasion cheat sheet and friends), as raw HTML and as Markdown. */
const payloads = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<svg onload=alert(1)><circle r=5 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">klikk</a>',
  '<a href="JaVaScRiPt:alert(1)">klikk</a>',
  '<a href="jav&#x09;ascript:alert(1)">klikk</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klikk</a>',
  '<a href="vbscript:msgbox(1)">klikk</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  '<style>body{background:red}</style>',
  '[klikk](javascript:alert(1))',
  '[klikk](data:text/html,<script>alert(1)</script>)',
  '![bilde](javascript:alert(1))',
  '[ref]: javascript:alert(1)\n\n[klikk][ref]',
  '<a href="#" onclick="alert(1)">klikk</a>',
  '"><script>alert(1)</script>',
  '<!--<script>alert(1)</script>-->',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];

const forbiddenElements = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'meta',
  'base',
  'link',
  'form',
  'button',
  'svg',
  'math',
  'body',
  'noscript',
]);

/** Every element and attribute that came out, read back with an HTML parser (escaped text is text, not markup). */
function unsafeParts(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (forbiddenElements.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcDoc') found.push(`${node.tagName}.${name}`);
      if ((name === 'href' || name === 'src' || name === 'action') && /^\s*(javascript|vbscript|data):/i.test(String(value).replace(/[\s\0]/g, '')))
        found.push(`${node.tagName}.${name}=${String(value)}`);
    }
  });
  return found;
}

describe('rendering sanitises raw HTML and Markdown against an allow-list', () => {
  test.each(payloads)('%s', async (payload) => {
    const html = await render(`Tekst før.\n\n${payload}\n\nTekst etter.`);
    expect(unsafeParts(html)).toEqual([]);
    expect(html).toContain('<p>Tekst før.</p>');
    expect(html).toContain('Tekst etter.');
  });

  test('harmless HTML and Markdown survive', async () => {
    expect(await render('Se <abbr title="Kunnskapsdepartementet">KD</abbr> og **dette**.')).toBe(
      '<p>Se <abbr title="Kunnskapsdepartementet">KD</abbr> og <strong>dette</strong>.</p>',
    );
    expect(await render('[regjeringen](https://www.regjeringen.no/)')).toBe('<p><a href="https://www.regjeringen.no/">regjeringen</a></p>');
    expect(await render('<span lang="nn">Eit innspel</span>')).toBe('<p><span lang="nn">Eit innspel</span></p>');
  });

  test('document links resolve to site URLs; unknown ones lose their target rather than leak the scheme', async () => {
    expect(await render('[tiltaket](tiltak:T-1)')).toBe('<p><a href="/tiltak/T-1/" title="Tiltak 1">tiltaket</a></p>');
    expect(await render('[tiltaket](tiltak:T-99)')).toBe('<p><a href="">tiltaket</a></p>');
  });

  test('the same body renders its links for each page it is on (a body is parsed once, its links every time)', async () => {
    const body = 'Se [tiltaket](tiltak:T-1 "skrevet tittel") og [målet][m].\n\n[m]: mal:M-2';
    const onVersion = await renderBody(body, { resolveLink: ({ id }) => ({ href: `/versjoner/v1/${id}/`, title: `Tittel ${id}` }) });
    const atRoot = await renderBody(body, { resolveLink: ({ id }) => (id === 'M-2' ? undefined : { href: `/${id}/` }) });
    expect(onVersion).toBe(
      '<p>Se <a href="/versjoner/v1/T-1/" title="Tittel T-1">tiltaket</a> og <a href="/versjoner/v1/M-2/" title="Tittel M-2">målet</a>.</p>',
    );
    expect(atRoot).toBe('<p>Se <a href="/T-1/">tiltaket</a> og <a href="">målet</a>.</p>');
  });

  test('a resolved address and title are escaped in the attribute', async () => {
    expect(await renderBody('[x](tiltak:T-1)', { resolveLink: () => ({ href: '/a"b/', title: 'A & <B>' }) })).toBe(
      '<p><a href="/a&#x22;b/" title="A &#x26; &#x3C;B>">x</a></p>',
    );
  });

  test('a fragment link written in the content is not taken for a document link', async () => {
    expect(await renderBody('[x](#strategi-dokumentlenke-0) [y](tiltak:T-1)', { resolveLink: () => ({ href: '/t/' }) })).toBe(
      '<p><a href="#strategi-dokumentlenke-0">x</a> <a href="/t/">y</a></p>',
    );
  });

  test('ids in the content cannot clobber the page’s own ids', async () => {
    expect(await render('<h2 id="main">x</h2>')).toBe('<h2 id="innhold-main">x</h2>');
  });

  test('headings sit under the page title, with the slug a link names, prefixed by the document’s id', async () => {
    expect(await render('# Én\n\n## To')).toBe('<h2 id="innhold-én">Én</h2>\n<h3 id="innhold-to">To</h3>');
    expect(await renderBody('## Bakgrunn', { resolveLink: () => undefined, fromPath: 'tiltak/T-3.md' })).toBe('<h2 id="innhold-T-3-bakgrunn">Bakgrunn</h2>');
  });

  test('a body written from `##` or `###` still starts one level under the page title, and keeps its own steps', async () => {
    expect(await render('## Formål\n\n### Del')).toBe('<h2 id="innhold-formål">Formål</h2>\n<h3 id="innhold-del">Del</h3>');
    expect(await render('### Lav')).toBe('<h2 id="innhold-lav">Lav</h2>');
    expect(await renderBody('## Under', { resolveLink: () => undefined, headingOffset: 2 })).toBe('<h3 id="innhold-under">Under</h3>');
  });
});
