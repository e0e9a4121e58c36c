import { type ChromeLexicon } from './chrome-lexicon';
import { type Cut } from './remove-chrome';
import { type SentenceSpan } from './segment-sentences';

/** What normalisation needs from an incoming article. */
export interface NormaliseInput {
  /** Plain text or HTML. */
  readonly body: string;
  readonly title?: string;
  /** MIME type; when absent, HTML is recognised by its markup. */
  readonly contentType?: string;
  /** BCP 47; detected when absent, empty, 'und' or malformed. */
  readonly language?: string;
}

/** Tuning for normalisation; every field has a default. */
export interface NormaliseOptions {
  /** BCP 47 primary subtags detection may answer with; default `DEFAULT_DETECTABLE_LANGUAGES`. */
  readonly detectableLanguages?: readonly string[];
  /** Chrome lexicon; default the one shipped in `chrome-lexicon/`. */
  readonly lexicon?: ChromeLexicon;
}

/** An article reduced to its own text, with a matching form beside it and a record of every cut. */
export interface NormalisedArticle {
  /** Display text: the body lines that survived chrome removal, verbatim, joined by "\n". */
  readonly text: string;
  /** `foldForMatching(text)`: what hashing and near-duplicate detection compare. The title is not in it. */
  readonly matchingText: string;
  /** The given title, else the HTML page title, else the body's first line when it reads as a headline. */
  readonly title?: string;
  /** BCP 47 tag: the one given (canonicalised) or the detected one; 'und' when detection cannot tell. */
  readonly language: string;
  readonly languageDetected: boolean;
  /** How the body was read. */
  readonly format: 'html' | 'text';
  /** Sentences as offsets into `text`. */
  readonly sentences: readonly SentenceSpan[];
  /** Every line removed, in body order, with the rule that removed it. */
  readonly cuts: readonly Cut[];
  /** Number of words in `matchingText`. */
  readonly tokenCount: number;
}
