import type { GazetteerMatch } from '../gazetteer';

/** A gazetteer match placed on the sentence's words; offsets are into the article text. */
export interface EntityRef {
  readonly match: GazetteerMatch;
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  /** What the first word carries before the match (ب in بالرياض, و in وبوتين). */
  readonly prefix: string;
}
