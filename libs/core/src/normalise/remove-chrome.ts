import { type ChromeLexicon, type LineFacts } from './chrome-lexicon';
import { type ExtractedLine } from './extract-text';
import { foldForMatching } from './fold-for-matching';
import { tokenise } from './tokenise-text';
import { definedOnly } from '@sijill/contracts';

/**
 * Why a line was cut. `related-marker` is the "related articles" heading and `related-section`
 * everything after it; `related-inline` a "Read more: <other story>" line inside the article;
 * `chrome-phrase` a lexicon hit; `headline` the untitled article's first line when it reads as a
 * headline (it becomes the title); the rest are structural rules that need no lexicon.
 */
export type CutRule =
  | 'related-marker'
  | 'related-section'
  | 'related-inline'
  | 'chrome-phrase'
  | 'credit'
  | 'caption'
  | 'title-repeat'
  | 'headline'
  | 'repeated-line'
  | 'short-fragment';

/** A line removed from the display text: which rule, which line of the body, and its text. */
export interface Cut {
  readonly rule: CutRule;
  /** 1-based line number in the body (plain text) or block number (HTML). */
  readonly line: number;
  readonly text: string;
  /** The lexicon category and phrase, or what the structural rule saw. */
  readonly detail?: string;
}

/** The lines that survive and the record of what went, in body order. */
export interface ChromeRemoval {
  readonly kept: readonly ExtractedLine[];
  /** The headline taken from the first line when no title was given, if it read as one. */
  readonly headline?: string;
  /** `foldForMatching` of each kept line, computed on the way; saves folding the text again. */
  readonly keptMatching: readonly string[];
  readonly cuts: readonly Cut[];
}

/** Fewer letter-bearing words than this, and no sentence ending: a fragment, not article text. */
const SHORT_FRAGMENT_WORDS = 4;
/** A short line naming an agency and ending no sentence is a credit ("الشارقة 24 – أ.ف.ب:"). */
const CREDIT_LINE_MAX_WORDS = 8;
const CAPTION_MAX_WORDS = 60;
const CAPTION_TAIL_MAX_WORDS = 14;
/** A standalone related marker cuts to the end only after this much article text. */
const MIN_CONTENT_LINES_BEFORE_RELATED = 1;
/** An untitled article's first line is its headline when it ends no sentence and has this many words. */
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 25;

const SENTENCE_END_PATTERN = /[.!?\u061F\u2026\u06D4]["'”’»›)\]}]*$/u;
const LETTER_PATTERN = /\p{L}/u;
const TRAILING_PARENTHESIS_PATTERN = /\(([^()]{1,200})\)[\s.،,]*$/u;
const CREDIT_TAIL_PATTERN = /[.!?\u061F\u2026]["'”’»)]*\s+([^.!?\u061F\u2026]{2,160})$/u;
const CAPTION_PREFIX_PATTERN =
  /^(?:file photo|photo|picture|image|صوره|الصوره|صوره ارشيفيه)\s*[:：]/u;
const INLINE_SEPARATOR_PATTERN = /^[^:：|–—»›>]{1,40}[:：|–—»›>]/u;

/** Rule-ready facts about one line. */
export function describeLine(raw: string): LineFacts {
  const folded = foldForMatching(raw);
  const tokens = tokenise(folded);
  return {
    raw,
    folded,
    words: tokens,
    key: tokens.join(' '),
    wordCount: tokens.filter((token) => LETTER_PATTERN.test(token)).length,
    endsSentence: SENTENCE_END_PATTERN.test(raw),
  };
}

function keyOf(text: string): string {
  return tokenise(foldForMatching(text)).join(' ');
}

function readsAsHeadline(line: LineFacts): boolean {
  return (
    !line.endsSentence &&
    line.wordCount >= HEADLINE_MIN_WORDS &&
    line.wordCount <= HEADLINE_MAX_WORDS
  );
}

function isContent(line: LineFacts): boolean {
  return line.endsSentence || line.wordCount >= 8;
}

function matchesTitle(line: LineFacts, titleKey: string): boolean {
  if (titleKey === '' || line.key === '') return false;
  if (line.key === titleKey) return true;
  if (line.endsSentence) return false;
  const [shorter, longer] =
    line.key.length < titleKey.length ? [line.key, titleKey] : [titleKey, line.key];
  const shorterWords = shorter.split(' ').length;
  return (
    longer.startsWith(`${shorter} `) &&
    shorterWords >= 4 &&
    shorterWords >= 0.6 * longer.split(' ').length
  );
}

function captionReason(line: LineFacts, lexicon: ChromeLexicon): string | undefined {
  if (line.wordCount > CAPTION_MAX_WORDS) return undefined;
  if (CAPTION_PREFIX_PATTERN.test(line.folded)) return 'caption prefix';
  if (!line.endsSentence) {
    const inner = TRAILING_PARENTHESIS_PATTERN.exec(line.raw)?.[1];
    if (inner !== undefined) {
      const innerKey = keyOf(inner);
      if (
        lexicon.namesCreditSource(innerKey) ||
        lexicon.hasCaptionWord(innerKey) ||
        inner.includes('/')
      ) {
        return `credit in parentheses: (${inner.trim()})`;
      }
    }
  }
  const tail = CREDIT_TAIL_PATTERN.exec(line.raw)?.[1];
  if (tail !== undefined && !SENTENCE_END_PATTERN.test(tail)) {
    const tailFacts = describeLine(tail.trim());
    const marked = tail.includes('/') || lexicon.hasCaptionWord(tailFacts.key);
    if (
      marked &&
      tailFacts.wordCount <= CAPTION_TAIL_MAX_WORDS &&
      lexicon.namesCreditSource(tailFacts.key)
    ) {
      return `photo credit after the caption: ${tail.trim()}`;
    }
  }
  return undefined;
}

interface LineVerdict {
  readonly rule: CutRule;
  readonly detail?: string;
}

/** Judges lines in page order, remembering what the rules need: repeats, article text seen, related section. */
class ChromeRemover {
  private readonly occurrences = new Map<string, number>();
  private readonly seen = new Set<string>();
  private readonly titleKey: string;
  private contentLines = 0;
  private inRelatedSection = false;

  constructor(
    private readonly lexicon: ChromeLexicon,
    facts: readonly LineFacts[],
    title: string | undefined,
  ) {
    for (const line of facts)
      this.occurrences.set(line.key, (this.occurrences.get(line.key) ?? 0) + 1);
    this.titleKey = title === undefined ? '' : keyOf(title);
  }

  judge(line: ExtractedLine, facts: LineFacts): LineVerdict | undefined {
    const verdict = this.inRelatedSection
      ? { rule: 'related-section' as const }
      : this.firstRule(line, facts);
    const firstOccurrence = !this.seen.has(facts.key);
    this.seen.add(facts.key);
    const final = verdict ?? (firstOccurrence ? undefined : this.laterRepeat(facts));
    if (final === undefined && isContent(facts)) this.contentLines += 1;
    return final;
  }

  private firstRule(line: ExtractedLine, facts: LineFacts): LineVerdict | undefined {
    const marker = this.lexicon.relatedMarker(facts);
    if (marker === 'standalone') {
      if (this.contentLines < MIN_CONTENT_LINES_BEFORE_RELATED) {
        return {
          rule: 'related-marker',
          detail: 'no article text before it: only this line is cut',
        };
      }
      this.inRelatedSection = true;
      return { rule: 'related-marker', detail: 'everything after it is cut' };
    }
    if (marker === 'inline' && (!facts.endsSentence || INLINE_SEPARATOR_PATTERN.test(facts.raw))) {
      return { rule: 'related-inline' };
    }
    const hit = this.lexicon.match(facts);
    if (hit !== undefined) {
      return {
        rule: hit.category === 'credit' ? 'credit' : 'chrome-phrase',
        detail: `${hit.category}: ${hit.matched}`,
      };
    }
    if (line.kind === 'caption') return { rule: 'caption', detail: 'figcaption' };
    const caption = captionReason(facts, this.lexicon);
    if (caption !== undefined) return { rule: 'caption', detail: caption };
    if (
      facts.wordCount <= CREDIT_LINE_MAX_WORDS &&
      !facts.endsSentence &&
      this.lexicon.namesCreditSource(facts.key)
    ) {
      return { rule: 'credit', detail: 'short line naming an agency' };
    }
    if (matchesTitle(facts, this.titleKey)) return { rule: 'title-repeat' };
    if ((this.occurrences.get(facts.key) ?? 0) > 1 && !facts.endsSentence && facts.key !== '') {
      return {
        rule: 'repeated-line',
        detail: 'heading-like line repeated in the page: every copy is cut',
      };
    }
    if (
      facts.wordCount < SHORT_FRAGMENT_WORDS &&
      !facts.endsSentence &&
      !this.introducesQuote(facts)
    ) {
      return { rule: 'short-fragment', detail: `${facts.wordCount} words, no sentence` };
    }
    return undefined;
  }

  private introducesQuote(facts: LineFacts): boolean {
    return facts.wordCount >= 2 && /[:：]$/u.test(facts.raw);
  }

  private laterRepeat(facts: LineFacts): LineVerdict | undefined {
    if (facts.key === '') return undefined;
    return {
      rule: 'repeated-line',
      detail: 'sentence repeated in the page: the first copy is kept',
    };
  }
}

interface KeptLine {
  readonly line: ExtractedLine;
  readonly facts: LineFacts;
}

function removal(
  kept: readonly KeptLine[],
  cuts: readonly Cut[],
  headline?: string,
): ChromeRemoval {
  return {
    kept: kept.map((entry) => entry.line),
    keptMatching: kept.map((entry) => entry.facts.folded),
    cuts,
    ...definedOnly({ headline }),
  };
}

// An untitled article's headline is either its first kept line (on a page whose paragraphs end in
// full stops, so an unpunctuated lead paragraph is not mistaken for one) or, when the page repeats
// it, the first heading-like repeat cut before the article text starts.
function withHeadline(kept: readonly KeptLine[], cuts: readonly Cut[]): ChromeRemoval {
  const [first, ...rest] = kept;
  if (
    first !== undefined &&
    readsAsHeadline(first.facts) &&
    rest.some((entry) => entry.facts.endsSentence)
  ) {
    const headlineCut: Cut = {
      rule: 'headline',
      line: first.line.number,
      text: first.line.text,
      detail: 'first line, no sentence: taken as the title',
    };
    return removal(
      rest,
      [...cuts, headlineCut].sort((a, b) => a.line - b.line),
      first.line.text,
    );
  }
  const firstContent =
    kept.find((entry) => isContent(entry.facts))?.line.number ?? Number.POSITIVE_INFINITY;
  const repeated = cuts.find(
    (cut) =>
      cut.rule === 'repeated-line' &&
      cut.line < firstContent &&
      readsAsHeadline(describeLine(cut.text)),
  );
  return removal(kept, cuts, repeated?.text);
}

/**
 * Removes page chrome line by line: everything from the first "related articles" marker on
 * (once some article text precedes it), lexicon phrases (ads, loading, newsletter, social,
 * weather, cookies …), captions and credits, repeats of the title, lines repeated in the page,
 * and very short lines that hold no sentence; without a title, a headline-like first line becomes
 * the headline. Lines are never edited, only kept or cut, so the display text stays verbatim;
 * every cut is recorded with its rule.
 */
export function removeChrome(
  lines: readonly ExtractedLine[],
  lexicon: ChromeLexicon,
  title?: string,
): ChromeRemoval {
  const facts = lines.map((line) => describeLine(line.text));
  const remover = new ChromeRemover(lexicon, facts, title);
  const kept: KeptLine[] = [];
  const cuts: Cut[] = [];
  lines.forEach((line, index) => {
    const lineFacts = facts[index] ?? describeLine(line.text);
    const verdict = remover.judge(line, lineFacts);
    if (verdict === undefined) {
      kept.push({ line, facts: lineFacts });
    } else {
      const detail = definedOnly({ detail: verdict.detail });
      cuts.push({ rule: verdict.rule, line: line.number, text: line.text, ...detail });
    }
  });
  const untitled = title === undefined || title.trim() === '';
  return untitled ? withHeadline(kept, cuts) : removal(kept, cuts);
}
