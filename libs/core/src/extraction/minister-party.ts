import type { Gazetteer } from '../gazetteer';
import type { EventFrame, FrameActor } from './event-frame';
import type { Actor } from './find-actors';
import { officeOn } from './person-facts';

/**
 * Whether an actor of an encounter is a minister of another portfolio (defence, interior …) who is
 * no party to it: such a minister takes part only where named in full (title and name, or the
 * name) in the sentence that opens the encounter ("استقبل خادم الحرمين الشريفين … وزير الدفاع
 * الأمريكي آشتون كارتر"); a surname later on ("حرص قرقاش على الرد" after "موغيريني، التي زارت
 * طهران") or a sentence merged in ("الزيارة الأخيرة التي قام بها … كارتر إلى بغداد") is someone
 * else's encounter told beside it.
 */
export function ministerAside(
  entry: FrameActor,
  event: Pick<EventFrame, 'sentence'>,
  gazetteer: Gazetteer,
  day: string,
): boolean {
  if (!isMinister(gazetteer, entry.actor.personId, day)) return false;
  return entry.sentence !== event.sentence || entry.actor.source !== 'name';
}

function isMinister(gazetteer: Gazetteer, personId: string, day: string): boolean {
  const person = gazetteer.people.get(personId);
  return person !== undefined && officeOn(person, day)?.role === 'minister';
}

/**
 * A sentence's actors with its ministers of other portfolios refused when it names nobody else
 * who may take part ("الزيارة الأخيرة التي قام بها وزير الدفاع الأميركي آشتون كارتر إلى بغداد"
 * beside a meeting of Assad's told before): a minister's own trip told beside another encounter
 * must not join it. The article's first sentence is its own story ("حل وزير الدفاع الأمريكي
 * أشتون كارتر … بالعراق", the host named after it).
 */
export function setMinistersAside(
  actors: readonly Actor[],
  gazetteer: Gazetteer,
  day: string,
  sentence: number,
): Actor[] {
  const others = actors.some((a) => !a.excluded && !isMinister(gazetteer, a.personId, day));
  if (others || sentence === 0) return [...actors];
  return actors.map((a) =>
    !a.excluded && isMinister(gazetteer, a.personId, day)
      ? { ...a, excluded: true, refusedBy: 'minister-alone' }
      : a,
  );
}
