import type { PhraseHit } from './find-phrases';

/**
 * Whether a verb trigger was found with the article, so it is the verb's noun and carries no tense:
 * "حين قررت التوجه إلى المملكة" (decided to head to the Kingdom) holds ال + توجه إلى, the past verb
 * "headed to" in the lexicon, but tells no trip made. Arabic verbs never take the article; nouns
 * (subject `none`) are read as they are.
 */
export function verbalNounOfVerb(hit: PhraseHit): boolean {
  if (hit.meaning.kind !== 'trigger' || hit.meaning.subject === 'none') return false;
  return /ال$|لل$/u.test(hit.prefix);
}
