import { loadDefaultGazetteer } from '../gazetteer';
import { findActors } from './find-actors';
import { readOneSentence } from '@sijill/testing';

const gazetteer = loadDefaultGazetteer();
const DAY = '2015-07-23';

/** The English names of the people a sentence's counterpart cues resolve to. */
function counterpartsOf(text: string): string[] {
  const reading = readOneSentence(text, { anchor: DAY, gazetteer });
  return findActors(reading, gazetteer, new Map(), DAY)
    .filter((a) => a.source === 'counterpart')
    .map((a) => gazetteer.people.get(a.personId)?.names.en?.[0] ?? a.personId);
}

describe('counterpartOwners', () => {
  it.each([
    {
      rule: 'the counterpart of the nearest person named before the cue',
      text: 'التقى وزير الخارجية الأمريكي جون كيري في بغداد نظيره العراقي.',
      expected: ['Ibrahim al-Jaafari'],
    },
    {
      rule: "a person of the counterpart's own country owns none of it: the counterpart is of the subject",
      text: 'التقى وزير الخارجية الأمريكي جون كيري في بغداد رئيس الوزراء حيدر العبادي ونظيره العراقي.',
      expected: ['Ibrahim al-Jaafari'],
    },
  ])('$rule', ({ text, expected }) => {
    expect(counterpartsOf(text)).toEqual(expected);
  });
});
