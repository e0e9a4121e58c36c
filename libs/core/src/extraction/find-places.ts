import type { Gazetteer } from '../gazetteer';
import { wordsOf } from './word-set';
import type { FramePlace } from './event-frame';
import { capitalOf } from './find-capital';
import type { PhraseHit } from './find-phrases';
import { clauseOf, cuesOf, type EntityRef, type SentenceReading } from './read-sentence';
import { namesATopic } from './names-a-topic';
import { readsAsName } from './read-triggers';
import { definedOnly } from '@sijill/contracts';
import { tellsAgreementMaking } from './tells-agreement-making';

const POSSESSIVE = /^['’]s\b/u;
const DATELINE = /^[\s,\p{L}]{0,24}[—–-]/u;

/**
 * The place a seat of power is in: its own city when the lexicon names one (قصر السلام, Jeddah),
 * else its country's capital.
 */
export function seatPlaceOf(
  gazetteer: Gazetteer,
  seat: { readonly country: string; readonly place?: string },
): string | undefined {
  const own = seat.place === undefined ? undefined : gazetteer.places.get(seat.place);
  if (own !== undefined && own.country === seat.country) return own.id;
  return capitalOf(gazetteer, seat.country)?.id;
}

/**
 * "بالإضافة إلى الأزمة السورية", "أزمة اليمن", "the Syrian crisis": a country right after a topic
 * noun (its adjective, or its name as the noun's complement) names what is discussed, not where.
 */
export function qualifiesTopic(
  reading: SentenceReading,
  topics: readonly PhraseHit[],
  entity: EntityRef,
): boolean {
  if (entity.match.kind !== 'country') return false;
  return topics.some(
    (t) =>
      clauseOf(reading, t.first) === clauseOf(reading, entity.first) &&
      (entity.first === t.last + 1 || entity.last === t.first - 1),
  );
}

/**
 * Where a sentence says something happens: places and countries after a locative (في, إلى, بـ,
 * in, to, at), after a place word (مدينة, the city of), as the object of a visit verb (زار
 * أبوظبي) or the next stop of a tour (ثم الرياض), the place that hosts (تستضيف أستانا), a
 * dateline (MOSCOW —), "the Kazakh capital", a seat of power (الكرملين). Not a topic ("الحرب في
 * غزة"), not after منذ/since, not inside a role or an organisation's name, not a possessive, not
 * where an agreement the sentence names was made (الاتفاق الذي أبرم … في فيينا).
 */
export function findPlaces(
  reading: SentenceReading,
  gazetteer: Gazetteer,
  actorWords: ReadonlySet<number> = new Set(),
): FramePlace[] {
  const sameClause = (a: number, b: number): boolean =>
    clauseOf(reading, a) === clauseOf(reading, b);
  const since = cuesOf(reading, 'since');
  const inSince = (word: number): boolean =>
    since.some((s) => s.last < word && sameClause(s.first, word));
  const covered = new Set<number>();
  for (const e of reading.entities)
    if (e.match.kind === 'role' || e.match.kind === 'organisation')
      for (let i = e.first; i <= e.last; i += 1) covered.add(i);
  const longCues = wordsOf(
    reading.hits.filter(
      (h) =>
        h.meaning.kind === 'cue' &&
        h.meaning.cue !== 'locative' &&
        h.meaning.cue !== 'rangeJoin' &&
        h.last > h.first,
    ),
  );
  const topics = cuesOf(reading, 'topicNoun');
  const locatives = cuesOf(reading, 'locative').filter(
    (l) =>
      !longCues.has(l.first) &&
      !topics.some((t) => t.last < l.first && l.first - t.last <= reading.reaches.topic),
  );
  const capitals = cuesOf(reading, 'capital');
  const placeNouns = cuesOf(reading, 'placeNoun');
  const thens = cuesOf(reading, 'then');
  const visitVerbs = reading.hits.filter(
    (h) =>
      h.meaning.kind === 'trigger' &&
      !readsAsName(reading, h) &&
      h.meaning.trigger === 'visit' &&
      h.meaning.subject === 'visitor',
  );
  // "زيارته السعودية", "visit Kazakhstan": the object of a visit noun is where it goes.
  const visitNouns = reading.hits.filter(
    (h) =>
      h.meaning.kind === 'trigger' && h.meaning.trigger === 'visit' && h.meaning.subject === 'none',
  );
  const hostVerbs = reading.hits.filter(
    (h) => h.meaning.kind === 'trigger' && h.meaning.subject === 'host' && !readsAsName(reading, h),
  );
  // بـ is "in"; لـ is "to" only where someone travels (زيارة لكازاخستان), else "for" (الإذن لكييف).
  const travels = (word: number): boolean =>
    visitVerbs.some((v) => sameClause(v.first, word)) ||
    visitNouns.some((v) => sameClause(v.first, word));
  const marked = (word: number, prefix: string): boolean =>
    prefix.includes('ب') ||
    (prefix.includes('ل') && travels(word)) ||
    locatives.some(
      (l) =>
        l.last < word && word - l.last <= reading.reaches.locative && sameClause(l.first, word),
    );
  // The object of a visit verb, after its subject: "يزور زعيما روسيا والصين كازاخستان".
  const objectOf = (word: number): boolean =>
    visitVerbs.some((v) => {
      if (word <= v.last) return false;
      let cursor = v.last + 1;
      while (cursor < word && actorWords.has(cursor)) cursor += 1;
      return word - cursor < reading.reaches.object;
    });
  const wordPrefix = (index: number): string => {
    const word = reading.words[index];
    return word?.readings.find((r) => r.prefix !== '' && !r.prefix.endsWith('ال'))?.prefix ?? '';
  };
  const afterPlaceNoun = (word: number): boolean =>
    placeNouns.some(
      (n) =>
        n.last < word &&
        word - n.last <= 2 &&
        sameClause(n.first, word) &&
        marked(n.first, wordPrefix(n.first)),
    );
  const isLocative = (e: EntityRef): boolean =>
    marked(e.first, e.prefix) ||
    capitals.some((c) => c.last < e.first && e.first - c.last <= 2) ||
    afterPlaceNoun(e.first) ||
    (reading.index === 0 &&
      e.first === 0 &&
      DATELINE.test(reading.text.slice(e.end - reading.start))) ||
    hostVerbs.some(
      (h) =>
        (e.first > h.last && e.first - h.last <= 2) || (e.last < h.first && h.first - e.last <= 1),
    ) ||
    objectOf(e.first) ||
    visitNouns.some((v) => e.first === v.last + 1) ||
    (visitVerbs.length > 0 && thens.some((t) => e.first === t.last + 1));
  const placeEntities = reading.entities.filter((e) => e.match.kind === 'place');
  const places: FramePlace[] = [];
  const add = (place: Omit<FramePlace, 'sentence'>): void => {
    places.push({ ...place, sentence: reading.index });
  };
  for (const e of reading.entities) {
    if (e.match.kind !== 'place' && e.match.kind !== 'country') continue;
    if (covered.has(e.first) || actorWords.has(e.first) || inSince(e.first)) continue;
    if (tellsAgreementMaking(reading, e.first)) continue;
    if (namesATopic(reading, e)) continue;
    if (POSSESSIVE.test(reading.text.slice(e.end - reading.start))) continue;
    if (qualifiesTopic(reading, topics, e)) continue;
    const countryAdjective = e.match.kind === 'country' && e.match.form === 'adjective';
    if (e.match.kind === 'country' && placeEntities.some((p) => p.first === e.first)) continue;
    if (countryAdjective) {
      // "في مدينة خانكندي بإقليم قره باغ الأذربيجاني": an unknown place in a known country.
      const inRegion = placeNouns.some(
        (n) =>
          n.last < e.first &&
          e.first - n.last <= reading.reaches.placeNoun &&
          sameClause(n.first, e.first) &&
          marked(n.first, wordPrefix(n.first)) &&
          !placeEntities.some((p) => p.first > n.last && p.last < e.first),
      );
      if (inRegion) add({ country: e.match.id, how: 'country', word: e.first });
      continue;
    }
    if (!isLocative(e)) continue;
    if (e.match.kind === 'place') {
      const place = gazetteer.places.get(e.match.id);
      if (place !== undefined)
        add({ country: place.country, placeId: place.id, how: 'named', word: e.first });
    } else {
      add({ country: e.match.id, how: 'country', word: e.first });
    }
  }
  for (const cue of capitals) {
    if (inSince(cue.first)) continue;
    const country = reading.entities.find(
      (e) =>
        e.match.kind === 'country' &&
        (e.first === cue.last + 1 || e.last === cue.first - 1 || e.last === cue.first - 2),
    );
    if (country === undefined) continue;
    const namedNext = placeEntities.some(
      (p) =>
        (p.first > cue.last && p.first - Math.max(cue.last, country.last) <= 1) ||
        p.last === cue.first - 1,
    );
    if (namedNext) continue;
    const capital = capitalOf(gazetteer, country.match.id);
    add({
      country: country.match.id,
      ...definedOnly({ placeId: capital?.id }),
      how: 'capital',
      word: cue.first,
    });
  }
  for (const hit of reading.hits) {
    if (hit.meaning.kind !== 'seat' || inSince(hit.first)) continue;
    // "The White House said" is a speaker; "في الكرملين", "visits the White House" a place.
    const at =
      marked(hit.first, hit.prefix) ||
      visitVerbs.some(
        (v) => hit.first > v.last && hit.first - v.last <= reading.reaches.object + 1,
      ) ||
      hostVerbs.some((h) => hit.first > h.last && hit.first - h.last <= 2);
    if (!at) continue;
    const seatPlace = seatPlaceOf(gazetteer, hit.meaning);
    add({
      country: hit.meaning.country,
      ...definedOnly({ placeId: seatPlace }),
      how: 'seat',
      word: hit.first,
    });
  }
  return places;
}
