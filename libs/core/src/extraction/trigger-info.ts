import type { TriggerKind, TriggerSubject } from './extraction-lexicon.schema';
import type { PhraseHit } from './find-phrases';

/** A trigger as a sentence uses it: negated, qualifying, definite, announced … */
export interface TriggerInfo {
  readonly hit: PhraseHit;
  readonly kind: TriggerKind;
  readonly clause: number;
  readonly first: number;
  readonly negated: boolean;
  /** Told as something someone is invited to (وجه الدعوة … لزيارة, invited … to visit). */
  readonly invited: boolean;
  /** Told as something someone only knew of (كنا على علم بالاجتماعات, aware of the meetings). */
  readonly knownOf: boolean;
  readonly qualifier: boolean;
  readonly definite: boolean;
  readonly announced: boolean;
  readonly occurred: boolean;
  readonly weak: boolean;
  readonly subject: TriggerSubject;
  readonly passive: boolean;
}

/** A stretch of a sentence between sequence cues (… بعد …): its own events. */
export interface Group {
  readonly from: number;
  readonly to: number;
  readonly cue?: PhraseHit;
}
