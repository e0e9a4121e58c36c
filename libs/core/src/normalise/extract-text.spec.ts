import { extractText, looksLikeHtml } from './extract-text';

const ARTICLE_HTML = `<!doctype html><html><head><title>Putin in Astana | Desk</title></head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Putin in Astana</h1>
<figure><img src="a.jpg"><figcaption>Putin and Tokayev in Astana (Reuters)</figcaption></figure>
<p>ASTANA (Reuters) - Russian President Vladimir Putin arrived in Astana on Thursday for talks with Kazakh President Kassym-Jomart Tokayev.</p>
<p>The two leaders were expected to discuss <b>energy</b> supplies &amp; transport corridors.<br>Officials hope to raise trade further.</p>
<script>track("x")</script>
</article><footer>© 2024 Desk</footer></body></html>`;

describe('looksLikeHtml', () => {
  it.each<[string, string | undefined, boolean]>([
    ['<p>a</p><p>b</p>', undefined, true],
    ['<div>only one tag', undefined, false],
    ['plain text with a < sign and > sign', undefined, false],
    ['<p>a</p><p>b</p>', 'text/plain; charset=utf-8', false],
    ['plain', 'text/html', true],
    ['plain', 'application/xhtml+xml', true],
  ])('says %j (%s) is HTML: %s', (body, contentType, expected) => {
    expect(looksLikeHtml(body, contentType)).toBe(expected);
  });
});

describe('extractText', () => {
  it('keeps plain text lines verbatim, numbered as in the body', () => {
    const extracted = extractText('  first line \r\n\r\nsecond line\u2028third');
    expect(extracted.format).toBe('text');
    expect(extracted.lines).toEqual([
      { number: 1, text: 'first line', kind: 'text' },
      { number: 3, text: 'second line', kind: 'text' },
      { number: 4, text: 'third', kind: 'text' },
    ]);
  });

  it('reads the article of an HTML page as block lines, with figure captions marked', () => {
    const extracted = extractText(ARTICLE_HTML, 'text/html');
    const texts = extracted.lines.map((line) => line.text);
    expect(extracted.format).toBe('html');
    expect(extracted.title).toBe('Putin in Astana | Desk');
    expect(texts).toContain(
      'ASTANA (Reuters) - Russian President Vladimir Putin arrived in Astana on Thursday for talks with Kazakh President Kassym-Jomart Tokayev.',
    );
    expect(texts).toContain(
      'The two leaders were expected to discuss energy supplies & transport corridors.',
    );
    expect(texts).toContain('Officials hope to raise trade further.');
    expect(extracted.lines.find((line) => line.text.startsWith('Putin and Tokayev'))?.kind).toBe(
      'caption',
    );
    expect(texts.join(' ')).not.toContain('track(');
    expect(texts).not.toContain('Home');
  });

  it('reads an HTML fragment too short for Readability from the whole fragment', () => {
    const extracted = extractText('<p>Short one.</p><p>Short two.</p>');
    expect(extracted.lines.map((line) => line.text)).toEqual(['Short one.', 'Short two.']);
  });
});
