import type { TimelineEntry } from '@sijill/contracts';

/** A run of an evidence sentence, marked when it names something the entry is about. */
export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

type Range = readonly [start: number, end: number];

// Letters that differ only in spelling conventions read as one (hamza seats, ta marbuta, alef maqsura).
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
};
// Harakat, tatweel and Latin combining marks carry no letter.
const SILENT = /^(?:\p{M}|\u0640)$/u;
// A word may carry these Arabic proclitics before a name: و ف ب ل ك and the article ال.
const PROCLITICS = /^(?:[وف]?[بلك]?(?:ال)?)$/;
const LETTER = /[\p{L}\p{N}]/u;

/** The text folded for matching, with the position in the original of each folded character. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    for (const part of char.normalize('NFD')) {
      if (SILENT.test(part)) continue;
      const lower = (LETTER_FOLDS[part] ?? part).toLowerCase();
      folded += lower;
      for (let k = 0; k < lower.length; k++) origin.push(i);
    }
  }
  return { folded, origin };
}

/** Whether a match at `start` begins a word, allowing Arabic proclitics glued to it. */
function startsWord(folded: string, start: number): boolean {
  let wordStart = start;
  while (wordStart > 0 && LETTER.test(folded.charAt(wordStart - 1))) wordStart--;
  return wordStart === start || PROCLITICS.test(folded.slice(wordStart, start));
}

/**
 * Where the terms occur in a sentence, matched across spelling variants (إردوغان / أردوغان,
 * Erdogan / Erdoğan) and from the start of a word (وبوتين finds بوتين); overlapping finds merge.
 */
export function findTerms(text: string, terms: readonly string[]): Range[] {
  const { folded, origin } = fold(text);
  const ranges: [number, number][] = [];
  for (const term of new Set(terms.map((t) => fold(t.trim()).folded))) {
    if ([...term].length < 3) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      if (!startsWord(folded, at)) continue;
      const last = origin[at + term.length - 1] ?? text.length - 1;
      ranges.push([origin[at] ?? 0, last + 1]);
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const previous = out[out.length - 1];
    if (previous !== undefined && start <= previous[1]) previous[1] = Math.max(previous[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** The sentence cut into marked and unmarked runs. Ranges outside the text are ignored. */
export function splitByRanges(text: string, ranges: readonly Range[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of mergeRanges(ranges)) {
    const start = Math.max(rawStart, at);
    const end = Math.min(rawEnd, text.length);
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** What an entry's evidence is expected to name: its people in every language, place, organisation. */
export function entryTerms(entry: TimelineEntry): string[] {
  const terms: string[] = [];
  for (const participant of entry.participants) {
    for (const name of [participant.name, ...Object.values(participant.names)]) {
      terms.push(name, ...name.split(/[\s\-–]+/).filter((token) => [...token].length >= 4));
    }
  }
  if (entry.location?.city !== undefined) terms.push(entry.location.city);
  if (entry.organisation !== undefined) {
    terms.push(entry.organisation.name);
    if (entry.organisation.acronym !== undefined) terms.push(entry.organisation.acronym);
  }
  return terms;
}

/**
 * The spans a piece of evidence marks itself, when the producer sends them (`spans` or `matches`
 * as `{start, end}` within the sentence), else undefined. Read tolerantly: the contract may grow.
 */
export function explicitSpans(evidence: object): Range[] | undefined {
  const record = evidence as Record<string, unknown>;
  const given = record.spans ?? record.matches;
  if (!Array.isArray(given)) return undefined;
  const ranges: Range[] = [];
  for (const span of given as unknown[]) {
    if (typeof span !== 'object' || span === null) continue;
    const { start, end } = span as Record<string, unknown>;
    if (typeof start === 'number' && typeof end === 'number' && end > start) {
      ranges.push([start, end]);
    }
  }
  return ranges;
}

/** An evidence sentence with what matched marked: the producer's spans, else the entry's terms. */
export function highlightEvidence(
  evidence: { readonly text: string },
  entry: TimelineEntry,
): Segment[] {
  const ranges = explicitSpans(evidence) ?? findTerms(evidence.text, entryTerms(entry));
  return splitByRanges(evidence.text, ranges);
}
