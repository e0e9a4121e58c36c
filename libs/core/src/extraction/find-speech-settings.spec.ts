import { loadDefaultGazetteer } from '../gazetteer';
import { boundToTrigger } from './bind-to-clause';
import { findActors } from './find-actors';
import { findSpeechSettings } from './find-speech-settings';
import { cuesOf } from './read-sentence';
import { readOneSentence } from '@sijill/testing';

const gazetteer = loadDefaultGazetteer();
const DAY = '2015-07-20';

/** The words of each setting the sentence's reporting verbs open after its first word. */
function settingsOf(text: string): string[] {
  const reading = readOneSentence(text, { anchor: DAY, gazetteer });
  const named = reading.entities
    .filter((e) => e.match.kind === 'person' || e.match.kind === 'role')
    .map((e) => e.first);
  return findSpeechSettings(
    cuesOf(reading, 'reporting'),
    cuesOf(reading, 'complementisers'),
    named,
    1,
  ).map((s) =>
    reading.words
      .slice(s.after + 1, s.before)
      .map((w) => w.raw)
      .join(' '),
  );
}

/** The English names of the actors bound to the sentence's encounter triggers. */
function bound(text: string): string[] {
  const reading = readOneSentence(text, { anchor: DAY, gazetteer });
  const triggers = reading.hits.filter((h) => h.meaning.kind === 'trigger');
  const positions = triggers.map((t) => t.first);
  const clauses = new Set(positions.map((p) => reading.words[p]?.clause ?? -1));
  const names = findActors(reading, gazetteer, new Map(), DAY)
    .filter((a) => !a.excluded && boundToTrigger(reading, a, { positions, clauses }))
    .map((a) => gazetteer.people.get(a.personId)?.names.en?.[0] ?? a.personId);
  return [...new Set(names)].sort();
}

describe('findSpeechSettings', () => {
  it.each([
    {
      rule: 'a later reporting verb with no subject of its own: where the same speaker spoke',
      text: 'اعتبر وزير الخارجية الامريكي جون كيري، ان التطبيع سيكون طويلا، وقال في مؤتمر صحافي عقده مع نظيره الكوبي أمس في واشنطن، ان بلاده تريد علاقات حسن جوار.',
      expected: ['في مؤتمر صحافي عقده مع نظيره الكوبي أمس في واشنطن'],
    },
    {
      rule: 'a reporting verb followed by its own subject opens no setting of an earlier speaker',
      text: 'قال جون كيري إن الاتفاق جيد، وقال وزير الخارجية القطري في مؤتمر صحافي إن الاتفاق أفضل خيار.',
      expected: [],
    },
    {
      rule: 'a reporting verb with no complementiser after it opens no setting',
      text: 'قال جون كيري إن الاتفاق جيد، وأضاف في مؤتمر صحافي: "نريد السلام".',
      expected: [],
    },
  ])('$rule', ({ text, expected }) => {
    expect(settingsOf(text)).toEqual(expected);
  });
});

describe('a speaker whose later report tells where he spoke', () => {
  it('is an argument of the encounter in that setting', () => {
    expect(
      bound(
        'اعتبر وزير الخارجية الامريكي جون كيري، ان التطبيع سيكون طويلا، وقال في مؤتمر صحافي عقده مع نظيره الكوبي برونو رودريغيز أمس في واشنطن، ان بلاده تريد علاقات حسن جوار.',
      ),
    ).toEqual(['Bruno Rodríguez Parrilla', 'John Kerry']);
  });
});
