import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/** What a pattern part can consume first: class items (undefined when any character), and whether it can consume nothing. */
interface First {
  readonly items: readonly string[] | undefined;
  readonly empty: boolean;
}

const NOTHING: First = { items: [], empty: true };
const ANYTHING: First = { items: undefined, empty: false };

const codePoint = (value: number): string => `\\u{${value.toString(16)}}`;

function union(a: readonly string[] | undefined, b: readonly string[] | undefined) {
  return a === undefined || b === undefined ? undefined : [...a, ...b];
}

/** The class items of a character class, or undefined when it cannot be copied into another class. */
function classItems(node: AST.CharacterClass): readonly string[] | undefined {
  if (node.negate || node.unicodeSets) return undefined;
  const items: string[] = [];
  for (const element of node.elements) {
    if (element.type === 'Character') items.push(codePoint(element.value));
    else if (element.type === 'CharacterClassRange')
      items.push(`${codePoint(element.min.value)}-${codePoint(element.max.value)}`);
    else if (element.type === 'CharacterSet') items.push(element.raw);
    else return undefined;
  }
  return items;
}

function firstOfElement(node: AST.Element): First {
  switch (node.type) {
    case 'Character':
      return { items: [codePoint(node.value)], empty: false };
    case 'CharacterClass':
      return { items: classItems(node), empty: false };
    case 'CharacterSet':
      // \s \d \w \p{…} \P{…} are copied as written; `.` may be any character.
      return node.kind === 'any' ? ANYTHING : { items: [node.raw], empty: false };
    case 'Assertion':
      // Lookarounds, ^ $ \b consume nothing: what follows them is what comes first.
      return NOTHING;
    case 'Group':
      // A group with its own flags (`(?i:…)`) may match other cases than it writes.
      return node.modifiers === null ? firstOfAlternatives(node.alternatives) : ANYTHING;
    case 'CapturingGroup':
      return firstOfAlternatives(node.alternatives);
    case 'Quantifier': {
      const inner = firstOfElement(node.element);
      return { items: inner.items, empty: inner.empty || node.min === 0 };
    }
    default:
      // Back-references and anything newer: no guard.
      return ANYTHING;
  }
}

function firstOfSequence(elements: readonly AST.Element[]): First {
  let items: readonly string[] | undefined = [];
  for (const element of elements) {
    const first = firstOfElement(element);
    items = union(items, first.items);
    if (!first.empty) return { items, empty: false };
  }
  return { items, empty: true };
}

function firstOfAlternatives(alternatives: readonly AST.Alternative[]): First {
  let items: readonly string[] | undefined = [];
  let empty = false;
  for (const alternative of alternatives) {
    const first = firstOfSequence(alternative.elements);
    items = union(items, first.items);
    empty ||= first.empty;
  }
  return { items, empty };
}

/**
 * The same pattern behind a lookahead for the characters its matches can begin with
 * (`(?=[…])(?:pattern)`). A non-empty match starts with a character the pattern consumes first,
 * lookarounds aside, so the lookahead refuses only positions where the pattern cannot match: the
 * matches, their groups and indices are the same, while the engine skips most positions at once
 * instead of trying the pattern's opening lookbehinds at each. A pattern that may match the empty
 * string, or whose first character may be any, is returned as it is (a copy).
 */
export function guardFirstCharacter(pattern: RegExp): RegExp {
  if (pattern.ignoreCase || !pattern.unicode) return new RegExp(pattern.source, pattern.flags);
  const first = firstOfAlternatives(parseRegExpLiteral(pattern).pattern.alternatives);
  if (first.empty || first.items === undefined || first.items.length === 0)
    return new RegExp(pattern.source, pattern.flags);
  const items = [...new Set(first.items)].join('');
  return new RegExp(`(?=[${items}])(?:${pattern.source})`, pattern.flags);
}
