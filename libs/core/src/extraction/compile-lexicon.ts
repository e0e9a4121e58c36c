import { ExtractionLexiconError } from './extraction-lexicon.error';
import {
  extractionLexiconSourceSchema,
  type CueKind,
  type ExtractionLexiconData,
  type LexiconReaches,
  type TriggerKind,
  type TriggerLifecycle,
  type TriggerSubject,
} from './extraction-lexicon.schema';
import { expandProclitics, phraseWords } from './tokenise-words';
import { definedOnly } from '@sijill/contracts';

/** What a matched phrase means: a trigger, a cue, a duration, a plural title or a seat of power. */
export type PhraseMeaning =
  | {
      readonly kind: 'trigger';
      readonly trigger: TriggerKind;
      readonly lifecycle: TriggerLifecycle;
      readonly subject: TriggerSubject;
      readonly weak: boolean;
      readonly passive: boolean;
    }
  | { readonly kind: 'cue'; readonly cue: CueKind }
  | { readonly kind: 'duration'; readonly days: number }
  | { readonly kind: 'offset'; readonly days: number }
  | { readonly kind: 'horizon'; readonly days: number }
  | { readonly kind: 'dual-title'; readonly title: string }
  | { readonly kind: 'seat'; readonly country: string; readonly place?: string };

/** One phrase of the lexicon, folded and split into words. */
export interface LexiconPhrase {
  readonly text: string;
  readonly words: readonly string[];
  readonly meaning: PhraseMeaning;
  /** Order in the file: the tie-breaker between equally long phrases. */
  readonly order: number;
}

/** A validated, indexed extraction lexicon for one language; immutable. */
export interface ExtractionLexicon {
  readonly language: string;
  readonly version: string;
  /** Proclitic combinations a word may carry, longest first. */
  readonly prefixes: readonly string[];
  /** Phrases by their first folded word. */
  readonly byFirstWord: ReadonlyMap<string, readonly LexiconPhrase[]>;
  /** Word distances of the rules. */
  readonly reaches: LexiconReaches;
}

function phrasesOf(data: ExtractionLexiconData): { text: string; meaning: PhraseMeaning }[] {
  const phrases: { text: string; meaning: PhraseMeaning }[] = [];
  for (const trigger of data.triggers) {
    const meaning: PhraseMeaning = {
      kind: 'trigger',
      trigger: trigger.kind,
      lifecycle: trigger.lifecycle,
      subject: trigger.subject,
      weak: trigger.strength === 'weak',
      passive: trigger.passive,
    };
    for (const text of trigger.forms) phrases.push({ text, meaning });
  }
  for (const [cue, list] of Object.entries(data.cues) as [CueKind, string[]][]) {
    for (const text of list) phrases.push({ text, meaning: { kind: 'cue', cue } });
  }
  for (const duration of data.durations) {
    for (const text of duration.forms)
      phrases.push({ text, meaning: { kind: 'duration', days: duration.days } });
  }
  for (const offset of data.offsets) {
    for (const text of offset.forms)
      phrases.push({ text, meaning: { kind: 'offset', days: offset.days } });
  }
  for (const horizon of data.horizons) {
    for (const text of horizon.forms)
      phrases.push({ text, meaning: { kind: 'horizon', days: horizon.days } });
  }
  for (const dual of data.dualTitles) {
    for (const text of dual.forms)
      phrases.push({ text, meaning: { kind: 'dual-title', title: dual.title } });
  }
  for (const seat of data.seats) {
    for (const text of seat.forms)
      phrases.push({
        text,
        meaning: {
          kind: 'seat',
          country: seat.country,
          ...definedOnly({ place: seat.place }),
        },
      });
  }
  return phrases;
}

/**
 * Validates one language's lexicon (parsed JSON, see `extraction-lexicon.schema.ts`) and indexes
 * its phrases by first folded word. Pure; throws `ExtractionLexiconError` listing every problem.
 */
export function compileExtractionLexicon(source: unknown): ExtractionLexicon {
  const parsed = extractionLexiconSourceSchema.safeParse(source);
  if (!parsed.success) {
    throw new ExtractionLexiconError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const data = parsed.data;
  const byFirstWord = new Map<string, LexiconPhrase[]>();
  phrasesOf(data).forEach(({ text, meaning }, order) => {
    const words = phraseWords(text);
    const first = words[0];
    if (first === undefined) return;
    const list = byFirstWord.get(first) ?? [];
    list.push({ text, words, meaning, order });
    byFirstWord.set(first, list);
  });
  return {
    language: data.language,
    version: data.version,
    prefixes: expandProclitics(data.proclitics),
    byFirstWord,
    reaches: data.reaches,
  };
}
