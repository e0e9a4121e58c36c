import type { Gazetteer } from '../gazetteer';
import type { EventFrame } from './event-frame';
import type { Actor } from './find-actors';
import type { MentionDraft } from './mention-draft';
import type { Settled } from './finalise-event';
import { readTrigger } from './read-triggers';
import type { SentenceReading } from './read-sentence';

/** One decision extraction took on one article: a trigger, an actor or an event, and the rule. */
export interface TraceStep {
  readonly what: 'trigger' | 'actor' | 'event' | 'mention';
  /** Sentences it was read from (index in the article). */
  readonly sentences: readonly number[];
  readonly text: string;
  readonly outcome: 'kept' | 'refused';
  /** The rule that kept or refused it. */
  readonly rule: string;
}

/** Collects what extraction decided for one article, for `sijill process --explain`. */
export interface ExtractionTrace {
  readonly steps: TraceStep[];
}

/** Why each trigger of a sentence opens an event or not. */
export function traceTriggers(trace: ExtractionTrace, reading: SentenceReading): void {
  for (const hit of reading.hits) {
    const info = readTrigger(reading, hit);
    const words = reading.words.slice(hit.first, hit.last + 1).map((w) => w.raw);
    if (info === undefined) {
      if (hit.meaning.kind === 'trigger')
        trace.steps.push({
          what: 'trigger',
          sentences: [reading.index],
          text: words.join(' '),
          outcome: 'refused',
          rule: 'reads-as-name',
        });
      continue;
    }
    const rule = info.negated
      ? 'negated-or-cancelled'
      : info.invited
        ? 'invitation'
        : info.qualifier
          ? 'qualifies-another-event'
          : `trigger:${info.kind}`;
    trace.steps.push({
      what: 'trigger',
      sentences: [reading.index],
      text: words.join(' '),
      outcome: rule.startsWith('trigger:') ? 'kept' : 'refused',
      rule,
    });
  }
}

function personName(gazetteer: Gazetteer, personId: string): string {
  return gazetteer.people.get(personId)?.names.en?.[0] ?? personId;
}

/** Who a sentence names and whether each may be a party. */
export function traceActors(
  trace: ExtractionTrace,
  reading: SentenceReading,
  actors: readonly Actor[],
  gazetteer: Gazetteer,
): void {
  for (const actor of actors) {
    const words = reading.words.slice(actor.first, actor.last + 1).map((w) => w.raw);
    const rule = actor.excluded
      ? (actor.refusedBy ?? 'excluded')
      : actor.speakerBefore !== undefined
        ? 'speaker-of-reported-event'
        : actor.negated
          ? `${actor.source}-in-negated-clause`
          : actor.source;
    trace.steps.push({
      what: 'actor',
      sentences: [reading.index],
      text: `${words.join(' ')} → ${personName(gazetteer, actor.personId)}`,
      outcome: actor.excluded ? 'refused' : 'kept',
      rule,
    });
  }
}

/**
 * Actors a sentence with encounters gave to none of them: not arguments of a trigger's clause
 * (see bind-to-clause.ts), speakers of what follows, or named in what is reported.
 */
export function traceUnassigned(
  trace: ExtractionTrace,
  reading: SentenceReading,
  actors: readonly Actor[],
  frames: readonly EventFrame[],
  gazetteer: Gazetteer,
): void {
  if (frames.length === 0) return;
  for (const actor of actors) {
    if (actor.excluded || frames.some((f) => f.actors.some((a) => a.actor === actor))) continue;
    const words = reading.words.slice(actor.first, actor.last + 1).map((w) => w.raw);
    trace.steps.push({
      what: 'actor',
      sentences: [reading.index],
      text: `${words.join(' ')} → ${personName(gazetteer, actor.personId)}`,
      outcome: 'refused',
      rule: 'not-an-argument-of-its-encounters',
    });
  }
}

/** What became of an event once merged over the article and settled. */
export function traceEvent(
  trace: ExtractionTrace,
  event: EventFrame,
  settled: Settled,
  gazetteer: Gazetteer,
): void {
  const people = event.actors.map((a) => personName(gazetteer, a.actor.personId));
  const fallback = settled.drafts.find((d) => d.dateFromFallback)?.date.start;
  const date =
    event.date === undefined
      ? fallback === undefined
        ? 'undated'
        : `undated → news day ${fallback}`
      : `${event.date.start}${event.date.end === undefined ? '' : `..${event.date.end}`} (${event.date.rule}${event.date.raw === undefined ? '' : ` «${event.date.raw}»`})`;
  const places = [
    ...new Set(event.places.map((p) => `${p.placeId ?? p.country} s${p.sentence} ${p.how}`)),
  ];
  trace.steps.push({
    what: 'event',
    sentences: [...event.sentences],
    text: `${event.type} ${date} [${places.join(', ')}] ${[...new Set(people)].join(', ')}`,
    outcome: settled.drafts.length > 0 ? 'kept' : 'refused',
    rule: settled.refusedBy ?? `kept-as:${settled.drafts.map((d) => d.type).join('+')}`,
  });
}

/** An encounter refused once the article's drafts were settled. */
export function traceSettledRefusal(
  trace: ExtractionTrace,
  draft: MentionDraft,
  refusedBy: string,
): void {
  trace.steps.push({
    what: 'event',
    sentences: [...draft.sentences],
    text: `${draft.type} ${draft.lifecycle} ${draft.date.start} ${draft.location?.country ?? '-'}`,
    outcome: 'refused',
    rule: refusedBy,
  });
}

/** A readable account of a trace, one decision a line, by sentence. */
export function formatTrace(trace: ExtractionTrace): string {
  return trace.steps
    .map(
      (s) =>
        `${s.outcome === 'kept' ? '+' : '-'} ${s.what.padEnd(7)} s${s.sentences.join(',')}  ${s.text}  (${s.rule})`,
    )
    .join('\n');
}
