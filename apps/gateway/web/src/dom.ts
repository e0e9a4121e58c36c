/** What an element may contain: nodes, text, or nothing (skipped). */
export type Child = Node | string | null | undefined | false;
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

function apply(element: Element, attributes: Attributes, children: readonly Child[]): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
}

/** An HTML element with attributes and children; text is always inserted as text, never as markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, attributes, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element, drawn with presentation attributes (the CSP allows no inline style). */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  apply(element, attributes, children);
  return element;
}

/** Text in Arabic script, isolated so it reads right to left inside left-to-right lines. */
export function arabic(text: string, tag: 'bdi' | 'span' = 'bdi'): HTMLElement {
  return h(tag, { lang: 'ar', dir: 'rtl' }, text);
}

/** Text in a given language, isolated with its own direction when the language is written right to left. */
export function inLanguage(text: string, language: string): HTMLElement {
  const rtl = /^(ar|fa|he|ur|ps|ku|yi)(-|$)/i.test(language);
  return h('bdi', { lang: language, dir: rtl ? 'rtl' : 'auto' }, text);
}
