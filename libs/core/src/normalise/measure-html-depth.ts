/** Elements that never hold children, so they open no level. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
  'track', 'wbr',
]); // prettier-ignore
const TAG_PATTERN = /<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(\/?)>/gu;

/**
 * How deep elements nest in an HTML body, found in one pass over its tags without building a tree
 * (stopping as soon as `limit` is passed). Parsing and walking a tree nested deeper than a browser
 * would render recurses past the stack; this tells normalisation to refuse such a body first.
 */
export function measureHtmlDepth(html: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG_PATTERN)) {
    const [, closing, name = '', selfClosing] = match;
    if (VOID_ELEMENTS.has(name.toLowerCase()) || selfClosing === '/') continue;
    if (closing === '/') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    depth += 1;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
  }
  return deepest;
}
