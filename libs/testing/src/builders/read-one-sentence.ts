import {
  lexiconFor,
  loadDefaultExtractionLexicons,
  loadDefaultGazetteer,
  readSentence,
  type Gazetteer,
  type SentenceReading,
} from '@sijill/core';

let defaultGazetteer: Gazetteer | undefined;

/**
 * One sentence as extraction reads it, for specs of its readers: the default lexicon of its
 * language and the default gazetteer (loaded once, on first use, unless the spec gives its own),
 * dated against `anchor`.
 */
export function readOneSentence(
  text: string,
  options: { readonly language?: string; readonly anchor: string; readonly gazetteer?: Gazetteer },
): SentenceReading {
  const language = options.language ?? 'ar';
  const lexicon = lexiconFor(loadDefaultExtractionLexicons(), language, text);
  if (lexicon === undefined) throw new Error(`No extraction lexicon reads ${language}`);
  const gazetteer = options.gazetteer ?? (defaultGazetteer ??= loadDefaultGazetteer());
  return readSentence(0, text, 0, { gazetteer, lexicon, language, anchor: options.anchor });
}
