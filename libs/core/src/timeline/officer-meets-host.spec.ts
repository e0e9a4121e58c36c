import { buildMention, type MentionSpec, ORGANISATIONS, PEOPLE, PLACES } from '@sijill/testing';
import { officerMeetsHost } from './officer-meets-host';
import { profileMention } from './profile-mention';

const { putin, tokayev, xi, zhangMing } = PEOPLE;

const summit: MentionSpec = {
  id: 's',
  article: 's',
  type: 'summit',
  date: '2023-11-09',
  at: PLACES.astana,
  organisation: ORGANISATIONS.sco,
  with: [tokayev, putin, xi],
};
const meeting: MentionSpec = {
  id: 'm',
  article: 'm',
  type: 'meeting',
  date: '2023-11-09',
  at: PLACES.astana,
  with: [zhangMing, tokayev],
};

const cases: readonly [string, Partial<MentionSpec>, Partial<MentionSpec>, boolean][] = [
  ['the officer meets the summit’s host where it is held', {}, {}, true],
  ['the officer meets a guest of the summit', {}, { with: [zhangMing, putin] }, false],
  ['the officer meets the host and a guest', {}, { with: [zhangMing, tokayev, putin] }, false],
  ['two leaders meet, no officer', {}, { with: [tokayev, putin] }, false],
  ['the officer alone', {}, { with: [zhangMing] }, false],
  ['the meeting names no place', {}, { at: undefined }, false],
  ['the meeting’s place is inferred', {}, { inferredPlace: true }, false],
  ['the meeting is in another country', {}, { at: PLACES.moscow }, false],
  ['a summit of no organisation', { organisation: undefined }, {}, false],
];

describe('officerMeetsHost', () => {
  it.each(cases)('%s', (_name, summitChange, meetingChange, expected) => {
    const s = profileMention(buildMention({ ...summit, ...summitChange }));
    const m = profileMention(buildMention({ ...meeting, ...meetingChange }));
    expect(officerMeetsHost(s, m)).toBe(expected);
  });
});
