import { createHash } from 'node:crypto';

/** sha256 (hex) of a text with white space folded, so re-wrapped copies hash alike. */
export function hashContent(text: string): string {
  const folded = text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}

/** A short, stable id from any string (sha256, hex, 24 characters). */
export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 24);
}
