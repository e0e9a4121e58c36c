import { createHash } from 'node:crypto';
import { foldForMatching } from '../normalise';

/**
 * sha256 (hex) of a text's matching form with all white space folded, so copies that differ only
 * in wrapping, Arabic spelling variants, diacritics or invisible controls hash alike.
 */
export function hashContent(text: string): string {
  const folded = foldForMatching(text).replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}

/** A short, stable id from any string (sha256, hex, 24 characters). */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 24);
}
