import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** `caption` lines come from `<figcaption>` and are cut as captions by chrome removal. */
export type ExtractedLineKind = 'text' | 'caption';

/** One line of extracted text, with its 1-based number in the body (plain text) or block order (HTML). */
export interface ExtractedLine {
  readonly number: number;
  readonly text: string;
  readonly kind: ExtractedLineKind;
}

/** The body as lines, whichever format it arrived in. */
export interface ExtractedText {
  readonly format: 'html' | 'text';
  readonly lines: readonly ExtractedLine[];
  /** The page title, for HTML only. */
  readonly title?: string;
}

// The slice of the DOM this module reads; linkedom's own typings need the DOM lib, which core lacks.
interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly localName?: string;
  readonly childNodes: ArrayLike<DomNode>;
}
interface DomDocument {
  readonly title: string;
  readonly body: DomNode | null;
  querySelectorAll(selector: string): ArrayLike<{ remove(): void }>;
}

// Readability is typed against the DOM lib's Document; linkedom's document is the real argument.
const ReadabilityOnLinkedom = Readability as unknown as new (
  document: DomDocument,
  options: { charThreshold: number },
) => { parse(): { content?: string | null } | null };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const HTML_CONTENT_TYPE_PATTERN = /html|xml/iu;
const PLAIN_CONTENT_TYPE_PATTERN = /^text\/plain/iu;
const HTML_TAG_PATTERN =
  /<\/?(?:html|head|body|p|div|article|section|main|span|br|h[1-6]|ul|ol|li|a|figure|table|meta)\b[^>]*>/giu;
const DOCUMENT_PATTERN = /<html[\s>]/iu;
const LINE_BREAK_PATTERN = /\r\n|[\n\r\u2028\u2029\u0085]/u;
const WHITESPACE_PATTERN = /\s+/gu;

/** Readability must keep at least this share of the page's text, or we walk the whole page instead. */
const MIN_READABILITY_SHARE = 0.2;

const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]); // prettier-ignore
const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'button',
  'input', 'select', 'textarea', 'head', 'meta', 'link',
]); // prettier-ignore
// Whole-page fallback only: navigation and side columns never hold the article, and an aside headed
// "Related" placed before the article would otherwise cut the article with it.
const PAGE_CHROME_SELECTOR = 'nav, footer, aside, [role="navigation"], [role="complementary"]';

/** True when the body should be read as HTML: declared so, or plainly marked up when undeclared. */
export function looksLikeHtml(body: string, contentType?: string): boolean {
  if (contentType !== undefined && contentType.trim() !== '') {
    if (PLAIN_CONTENT_TYPE_PATTERN.test(contentType)) return false;
    if (HTML_CONTENT_TYPE_PATTERN.test(contentType)) return true;
  }
  const tags = body.slice(0, 20_000).match(HTML_TAG_PATTERN);
  return (tags?.length ?? 0) >= 2;
}

/** Walks a DOM tree and turns block elements into lines, marking those inside `<figcaption>`. */
class LineCollector {
  readonly lines: ExtractedLine[] = [];
  private current = '';
  private captionDepth = 0;

  append(text: string): void {
    this.current += text.replace(WHITESPACE_PATTERN, ' ');
  }

  flush(): void {
    const text = this.current.trim();
    this.current = '';
    if (text === '') return;
    const kind: ExtractedLineKind = this.captionDepth > 0 ? 'caption' : 'text';
    this.lines.push({ number: this.lines.length + 1, text, kind });
  }

  walk(node: DomNode): void {
    for (let index = 0; index < node.childNodes.length; index += 1) {
      const child = node.childNodes[index];
      if (child === undefined) continue;
      if (child.nodeType === TEXT_NODE) {
        this.append(child.nodeValue ?? '');
      } else if (child.nodeType === ELEMENT_NODE) {
        this.walkElement(child);
      }
    }
  }

  private walkElement(element: DomNode): void {
    const name = (element.localName ?? '').toLowerCase();
    if (SKIPPED_ELEMENTS.has(name)) return;
    const block = BLOCK_ELEMENTS.has(name);
    const caption = name === 'figcaption';
    if (block) this.flush();
    if (caption) this.captionDepth += 1;
    this.walk(element);
    if (block) this.flush();
    if (caption) this.captionDepth -= 1;
  }
}

function linesOf(root: DomNode | null): ExtractedLine[] {
  if (root === null) return [];
  const collector = new LineCollector();
  collector.walk(root);
  collector.flush();
  return collector.lines;
}

function characterCount(lines: readonly ExtractedLine[]): number {
  return lines.reduce((total, line) => total + line.text.length, 0);
}

function parseDocument(html: string): DomDocument {
  const page = DOCUMENT_PATTERN.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return (parseHTML(page) as unknown as { document: DomDocument }).document;
}

function extractHtml(html: string): ExtractedText {
  const pageDocument = parseDocument(html);
  const pageLines = linesOf(pageDocument.body);
  const title = pageDocument.title.trim();
  const titled = title === '' ? {} : { title };
  // Readability rewrites the document it reads, so it runs after the page text was taken.
  const article = new ReadabilityOnLinkedom(pageDocument, { charThreshold: 0 }).parse();
  if (article?.content) {
    const articleLines = linesOf(parseDocument(article.content).body);
    if (characterCount(articleLines) >= MIN_READABILITY_SHARE * characterCount(pageLines)) {
      return { format: 'html', lines: articleLines, ...titled };
    }
  }
  const fallbackDocument = parseDocument(html);
  const chrome = fallbackDocument.querySelectorAll(PAGE_CHROME_SELECTOR);
  for (let index = 0; index < chrome.length; index += 1) chrome[index]?.remove();
  return { format: 'html', lines: linesOf(fallbackDocument.body), ...titled };
}

function extractPlainText(text: string): ExtractedText {
  const lines = text
    .split(LINE_BREAK_PATTERN)
    .map((line, index): ExtractedLine => ({ number: index + 1, text: line.trim(), kind: 'text' }))
    .filter((line) => line.text !== '');
  return { format: 'text', lines };
}

/**
 * Turns an article body into lines. HTML goes through Mozilla Readability (on linkedom) to find the
 * article, then block elements become lines; when Readability finds too little, the whole page is
 * read without its navigation, footer and side columns. Plain text is split on line breaks and kept
 * verbatim apart from surrounding whitespace.
 */
export function extractText(body: string, contentType?: string): ExtractedText {
  return looksLikeHtml(body, contentType) ? extractHtml(body) : extractPlainText(body);
}
