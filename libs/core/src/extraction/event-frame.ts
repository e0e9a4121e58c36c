import type { AnchorSource } from '../dates';
import type { Actor } from './find-actors';

/** The encounter types extraction produces (statements are never extracted). */
export type EncounterType = 'visit' | 'summit' | 'meeting' | 'call';

/** A date read for an event, with its provenance. */
export interface FrameDate {
  readonly start: string;
  readonly end?: string;
  readonly precision: 'day' | 'month' | 'year';
  readonly raw?: string;
  readonly anchor?: string;
  /** Where the anchor came from: publishedAt, the URL's edition day or a dateline. */
  readonly anchorSource?: AnchorSource;
  readonly rule: string;
}

/** A place read for an event and how: named, a capital named by "the capital", a seat of power. */
export interface FramePlace {
  readonly country: string;
  readonly placeId?: string;
  readonly how: 'named' | 'country' | 'capital' | 'seat';
  readonly sentence: number;
  readonly word: number;
}

/** An actor as a frame holds it: where it was read, and any side the grammar gave it. */
export interface FrameActor {
  readonly actor: Actor;
  readonly sentence: number;
  readonly hint?: 'visitor' | 'host';
}

/** A document signed or adopted, as written. */
export interface FrameAgreement {
  readonly title: string;
  /** Words `[start, end]` of the title in its sentence. */
  readonly start: number;
  readonly end: number;
}

/** An event told as happening some days before or after another of the same sentence. */
export interface RelativeTo {
  readonly frame: EventFrame;
  /** Signed day offset from the other event's date (−7 for "a week after …"), when stated. */
  readonly days?: number;
}

/**
 * One encounter as read from one sentence, and, once merged, from several: the unit extraction
 * works with before it becomes a mention.
 */
export interface EventFrame {
  type: EncounterType;
  /** Sentences that report it (evidence), in order. */
  sentences: number[];
  /** The sentence and word of the trigger that opened it. */
  readonly sentence: number;
  readonly trigger: number;
  /** Every report of it is of something scheduled. */
  announced: boolean;
  /** Some report of it is of something scheduled (من المقرر, will). */
  announcedCue: boolean;
  /** Some report says it happened (a past trigger). */
  occurredTrigger: boolean;
  weak: boolean;
  /** A definite noun or "the two sides" without actors of its own: refers back. */
  anaphoric: boolean;
  /** Every trigger is definite (القمة, the summit): the encounter was named before. */
  definite: boolean;
  pairAnaphor: boolean;
  background: boolean;
  /**
   * The opening report is a speaker's account of their own act ("موضحاً أنه التقى …"): without a
   * date of its own it is a recollection, not the news of the day.
   */
  readonly recalledBySpeaker?: boolean;
  /**
   * Where the subject of the opening arrival or visit verb opens after a fronted place and time
   * (وصل إلى القاهرة مساء اليوم وزير …), see `subject-after-fronted-adjuncts.ts`.
   */
  readonly subjectFrom?: number;
  sideline: boolean;
  purpose: boolean;
  multilateral: boolean;
  leaders: boolean;
  actors: FrameActor[];
  places: FramePlace[];
  date?: FrameDate;
  durationDays?: number;
  organisation?: string;
  agreements: FrameAgreement[];
  /** Strong triggers seen: raises confidence. */
  strongTriggers: number;
  /** Told after "بعد", "after …": dated from, and kept apart from, the event before the cue. */
  relativeTo?: RelativeTo;
  /** "إلى هناك", "there": takes the place of the event it is told against. */
  placeFromReferent: boolean;
  /** Talks run by a mediator (بوساطة, shuttling between the delegations): never a visit. */
  mediated: boolean;
  /** Countries taking part through delegations or unnamed officials (الوفد السعودي, U.S. envoy). */
  partyCountries: string[];
  /** Its triggers' clauses name people or offices (parties or not): it is theirs. */
  namesOthers: boolean;
}
