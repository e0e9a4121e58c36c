import type { Gazetteer } from '../gazetteer';
import type { EncounterType, EventFrame, FrameDate, FramePlace } from './event-frame';

/** A participant as extraction settles it: a gazetteer person and, at a visit, a side. */
export interface DraftParticipant {
  readonly personId: string;
  readonly country?: string;
  readonly side?: 'visitor' | 'host';
}

/** Where an event took place, as settled: a named place, a capital, or a country. */
export interface DraftLocation {
  readonly country: string;
  readonly placeId?: string;
  readonly inferred: boolean;
}

/** An event ready to become a mention. */
export interface MentionDraft {
  readonly type: EncounterType;
  readonly lifecycle: 'announced' | 'occurred';
  readonly date: FrameDate;
  readonly location?: DraftLocation;
  readonly participants: readonly DraftParticipant[];
  readonly organisation?: string;
  readonly agreements: readonly string[];
  readonly sentences: readonly number[];
  readonly event: EventFrame;
  readonly dateFromFallback: boolean;
}

/** Article-level facts finalisation needs. */
export interface ArticleFacts {
  readonly gazetteer: Gazetteer;
  /** The publisher's calendar day of publishedAt. */
  readonly publishedDay?: string;
  /** The day the article reports as "today": the lead's own day date, else publishedDay. */
  readonly newsDay?: string;
  /** The dateline's place (MOSCOW —, موسكو –), for encounters that name none. */
  readonly dateline?: FramePlace;
  /**
   * The day the text's weekday pairs give when it is 4 to 6 days before the crawl: the text is
   * stale, its own time unknown (`staleByWeekdays`).
   */
  readonly staleSince?: string;
}
