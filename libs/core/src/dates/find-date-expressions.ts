import { parseAnchorDate } from './civil-date';
import {
  type DateExpression,
  type FindDateExpressionsOptions,
  type RelativeDate,
  type Tense,
} from './date-expression';
import { DATE_RULES, hasCapitalisedMonths, type RuleContext, type RuleReading } from './date-rules';
import { createTenseReader, type TenseReading } from './detect-tense';
import { foldWithOffsets, toSourceSpan } from './fold-with-offsets';
import { guardFirstCharacter } from './guard-first-character';
import { resolveRelative } from './resolve-relative';

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly order: number;
  readonly reading: RuleReading;
}

// Each rule's pattern compiled once, with its own scan position (reset before every text), behind
// a lookahead for the characters its matches can begin with (the same matches, found sooner).
const scanners = new WeakMap<object, RegExp>();

function scannerOf(rule: { readonly pattern: RegExp }): RegExp {
  let scanner = scanners.get(rule);
  if (scanner === undefined) {
    scanner = guardFirstCharacter(rule.pattern);
    scanners.set(rule, scanner);
  }
  scanner.lastIndex = 0;
  return scanner;
}

interface RuleMatch {
  readonly order: number;
  readonly match: RegExpExecArray;
}

/** Where each rule's pattern matches the folded text: what the anchor does not change. */
function matchRules(context: RuleContext): RuleMatch[] {
  const matches: RuleMatch[] = [];
  const language = context.language.toLowerCase().split('-')[0] ?? '';
  DATE_RULES.forEach((rule, order) => {
    if (rule.languages !== undefined && !rule.languages.includes(language)) return;
    if (rule.guard !== undefined && !rule.guard.test(context.folded)) return;
    const pattern = scannerOf(rule);
    for (let match = pattern.exec(context.folded); match; match = pattern.exec(context.folded)) {
      if (match[0] === '') {
        pattern.lastIndex += 1;
        continue;
      }
      if (hasCapitalisedMonths(match, context)) matches.push({ order, match });
    }
  });
  return matches;
}

// An article's dates are read once against publishedAt and again when its anchor differs: the
// second reading of the same text reuses the first one's matches (the last text only).
let lastMatched: { text: string; language: string; matches: RuleMatch[] } | undefined;

function matchRulesOnce(text: string, context: RuleContext): RuleMatch[] {
  if (lastMatched?.text === text && lastMatched.language === context.language)
    return lastMatched.matches;
  const matches = matchRules(context);
  lastMatched = { text, language: context.language, matches };
  return matches;
}

function collectCandidates(text: string, context: RuleContext): Candidate[] {
  const candidates: Candidate[] = [];
  for (const { order, match } of matchRulesOnce(text, context)) {
    const rule = DATE_RULES[order];
    const reading = rule?.read(match, context);
    if (reading)
      candidates.push({ start: match.index, end: match.index + match[0].length, order, reading });
  }
  return candidates;
}

const sign = (value: number): Tense | undefined =>
  value < 0 ? 'past' : value > 0 ? 'future' : undefined;

/** The way an expression points by itself (أمس, غداً, الماضي, next), which outranks the sentence. */
function ownTense(relative: RelativeDate | undefined): Tense | undefined {
  if (relative === undefined) return undefined;
  switch (relative.kind) {
    case 'day-offset':
      return sign(relative.days);
    case 'weekday':
    case 'day-month':
    case 'day-month-range':
    case 'month':
      return relative.direction;
    case 'hijri-day-month':
      return relative.direction;
    case 'before-anchor':
      return 'past';
    case 'hijri-month':
      return relative.direction === 'current' ? undefined : relative.direction;
    case 'day-of-month':
      return sign(relative.monthOffset);
    case 'week-offset':
      return sign(relative.weeks);
    case 'month-offset':
      return sign(relative.months);
    case 'year-offset':
      return sign(relative.years);
  }
}

/**
 * The tense a relative date is resolved with. Headlines and captions put past events in the
 * present ("توكاييف يستقبل ماكرون في 1 نوفمبر"), so a calendar date without a year follows only
 * strong cues; a bare weekday in the present is the coming one ("بوتين يزور أنقرة الخميس").
 */
function resolutionTense(relative: RelativeDate, detected: TenseReading): Tense {
  const own = ownTense(relative);
  if (own) return own;
  const weakIsEnough = relative.kind === 'weekday' || relative.kind === 'day-offset';
  return weakIsEnough || detected.strong ? detected.tense : 'unknown';
}

/** Longest expression first, so "اليوم الخميس 9 نوفمبر" is one date, not three. */
function settleOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end))
      kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// "14 / 10 / 1436هـ الموافق 30 / 7 / 2015م": two calendars joined by "corresponding to".
const DUAL_JOIN = /^\s*\)?\s*[,،-]?\s*\(?\s*(?:و\s*)?(?:الموافق|الموافقه|يوافق)\s*(?:ل\s*)?$/u;
const isHijri = (candidate: Candidate): boolean => candidate.reading.rule.startsWith('hijri-');

/**
 * One expression for a Hijri date and the Gregorian date it is said to correspond to, in either
 * order. The Gregorian reading wins; a disagreement is noted, not hidden.
 */
function joinDualDates(candidates: readonly Candidate[], folded: string): Candidate[] {
  const joined: Candidate[] = [];
  for (let i = 0; i < candidates.length; i += 1) {
    const first = candidates[i];
    const second = candidates[i + 1];
    if (first === undefined) continue;
    if (
      second === undefined ||
      isHijri(first) === isHijri(second) ||
      !DUAL_JOIN.test(folded.slice(first.end, second.start))
    ) {
      joined.push(first);
      continue;
    }
    const [hijri, gregorian] = isHijri(first) ? [first, second] : [second, first];
    const disagree =
      hijri.reading.value !== undefined &&
      gregorian.reading.value !== undefined &&
      hijri.reading.value.start !== gregorian.reading.value.start;
    const reading: RuleReading =
      gregorian.reading.value === undefined && hijri.reading.value !== undefined
        ? { ...hijri.reading, rule: 'dual-hijri-gregorian' }
        : {
            ...gregorian.reading,
            rule: 'dual-hijri-gregorian',
            ...(disagree ? { note: 'calendar-mismatch' } : {}),
          };
    joined.push({ start: first.start, end: second.end, order: first.order, reading });
    i += 1;
  }
  return joined;
}

/**
 * Finds the dates in a text, Arabic or English: absolute dates in every Arabic month system and in
 * English ("28 نوفمبر 2024", "1 تشرين الثاني/نوفمبر", "3 July 2024"), day ranges, numeric dates,
 * month and year precision ("في أبريل", "in 2022"), and dates relative to `anchor` ("اليوم
 * الخميس", "أمس", "last week", "Thursday"), resolved in the direction of the sentence's tense.
 * `tense` is the expression's own direction when it has one (أمس, next), else the sentence's.
 * Offsets are into the original text; each expression keeps its raw text, anchor and rule.
 * Expressions that need an anchor are left out when none is given.
 */
export function findDateExpressions(
  text: string,
  options: FindDateExpressionsOptions,
): DateExpression[] {
  const folded = foldWithOffsets(text);
  const anchorDate = options.anchor === undefined ? undefined : parseAnchorDate(options.anchor);
  const context: RuleContext = {
    anchor: anchorDate,
    language: options.language,
    folded: folded.text,
    original: (start, end) => {
      const span = toSourceSpan(folded, start, end);
      return text.slice(span.start, span.end);
    },
  };
  const readTense = createTenseReader(folded.text);
  const expressions: DateExpression[] = [];
  const candidates = joinDualDates(settleOverlaps(collectCandidates(text, context)), folded.text);
  for (const { start, end, reading } of candidates) {
    const detected = readTense(start, end);
    const tense = ownTense(reading.relative) ?? detected.tense;
    const resolved =
      reading.relative === undefined
        ? reading.value && { value: reading.value, ...(reading.note ? { note: reading.note } : {}) }
        : anchorDate && options.anchor !== undefined
          ? resolveRelative(
              reading.relative,
              options.anchor,
              resolutionTense(reading.relative, detected),
              options.language,
            )
          : undefined;
    if (!resolved) continue;
    const span = toSourceSpan(folded, start, end);
    const usesAnchor = reading.relative !== undefined || reading.usesAnchor === true;
    expressions.push({
      raw: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      value: resolved.value,
      ...(usesAnchor && options.anchor !== undefined ? { anchor: options.anchor } : {}),
      ...(usesAnchor && options.anchorSource !== undefined
        ? { anchorSource: options.anchorSource }
        : {}),
      rule: reading.rule,
      tense,
      ...(resolved.note ? { note: resolved.note } : {}),
    });
  }
  return expressions;
}
