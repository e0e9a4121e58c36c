import { buildMention, type MentionSpec, PEOPLE, PLACES } from '@sijill/testing';
import { meetingWhereTheVisitorIs } from './meeting-where-the-visitor-is';
import { profileMention } from './profile-mention';
import { windowGapDays } from './read-date-window';

const { putin, tokayev, aliyev } = PEOPLE;

const visit: MentionSpec = {
  id: 'v',
  article: 'v',
  type: 'visit',
  date: '2023-11-09',
  at: PLACES.astana,
  visitors: [putin],
  hosts: [tokayev],
};
const meeting: MentionSpec = {
  id: 'm',
  article: 'm',
  type: 'meeting',
  date: '2023-11-09',
  with: [putin, aliyev],
};

const cases: readonly [string, Partial<MentionSpec>, Partial<MentionSpec>, boolean][] = [
  ['the visitor meets a third party, no place named, that day', {}, {}, true],
  ['the meeting names a place of its own', {}, { at: PLACES.moscow }, false],
  ['the meeting is the next day', {}, { date: '2023-11-10' }, false],
  ['the meeting’s day is guessed from the news day', {}, { rule: 'fallback-news-day' }, false],
  ['the visit’s day is guessed from the news day', { rule: 'fallback-news-day' }, {}, false],
  ['the visit’s place is an inferred capital', { inferredPlace: true }, {}, false],
  ['the meeting is without the visitor', {}, { with: [tokayev, aliyev] }, false],
];

describe('meetingWhereTheVisitorIs', () => {
  it.each(cases)('%s', (_name, visitChange, meetingChange, expected) => {
    const v = profileMention(buildMention({ ...visit, ...visitChange }));
    const m = profileMention(buildMention({ ...meeting, ...meetingChange }));
    const gap = windowGapDays(v.window!, m.window!);
    expect(meetingWhereTheVisitorIs(v, m, gap)).toBe(expected);
  });
});
