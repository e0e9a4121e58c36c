import type { TimelineEntry } from '@sijill/contracts';
import { timelineEntry } from '@sijill/testing';
import { displayText, formatTimelineEntry } from './format-timeline-entry';

const FSI = '\u2068';
const PDI = '\u2069';

const ENTRY: TimelineEntry = timelineEntry('ev-0123456789abcdef0123', {
  revision: 2,
  date: { start: '2024-07-03', end: '2024-07-04', precision: 'day' },
  participants: [
    {
      name: 'Vladimir Putin',
      country: 'RU',
      role: 'President of Russia',
      side: 'visitor',
      names: { en: 'Vladimir Putin', ar: 'فلاديمير بوتين' },
    },
    { name: 'Kassym-Jomart Tokayev', country: 'KZ', side: 'host', names: {} },
  ],
  organisation: { name: 'Shanghai Cooperation Organisation', acronym: 'SCO' },
  agreements: [{ title: 'اتفاقية تعاون اقتصادي', language: 'ar' }],
  sources: [
    { articleId: 'a-1', language: 'ar', evidence: [] },
    { articleId: 'a-2', language: 'en', evidence: [] },
  ],
  updatedAt: '2024-07-04T08:00:00.000Z',
});

describe('formatTimelineEntry', () => {
  it('writes one readable block per revision, Arabic isolated', () => {
    expect(formatTimelineEntry(ENTRY)).toBe(
      [
        '2024-07-03 – 2024-07-04  visit, occurred  [ev-0123456789abcdef0123 revision 2]',
        '  Title:        Putin visits Kazakhstan',
        `                ${FSI}بوتين يزور كازاخستان${PDI}`,
        '  Place:        Astana, KZ',
        `  Participants: Vladimir Putin ${FSI}فلاديمير بوتين${PDI} (President of Russia, RU, visitor)`,
        '                Kassym-Jomart Tokayev (KZ, host)',
        '  Organisation: Shanghai Cooperation Organisation (SCO)',
        `  Agreements:   ${FSI}اتفاقية تعاون اقتصادي${PDI}`,
        '  Sources:      2',
        '',
        '',
      ].join('\n'),
    );
  });

  it('says what a merged entry was merged into, and shows a coarse date’s precision', () => {
    const merged: TimelineEntry = {
      ...ENTRY,
      status: 'merged',
      mergedInto: 'ev-ffff',
      date: { start: '2024-07', precision: 'month' },
      location: undefined,
      organisation: undefined,
      agreements: [],
      participants: [],
      title: { en: 'A meeting' },
    };
    expect(formatTimelineEntry(merged).split('\n').slice(0, 4)).toEqual([
      '2024-07 (month)  visit, occurred, merged  [ev-0123456789abcdef0123 revision 2]',
      '  Merged into:  ev-ffff',
      '  Title:        A meeting',
      '  Sources:      2',
    ]);
  });
});

describe('displayText', () => {
  it.each([
    ['Latin text as it is', 'Astana', 'Astana'],
    ['Arabic text in an isolate', 'أستانا', `${FSI}أستانا${PDI}`],
    ['mixed text in an isolate', 'قمة SCO', `${FSI}قمة SCO${PDI}`],
    ['Hebrew text in an isolate', 'ירושלים', `${FSI}ירושלים${PDI}`],
    ['an escape sequence defused', 'a\u001b[2Jb', 'a [2Jb'],
    ['line breaks flattened', 'one\ntwo', 'one two'],
    ['a stray pop isolate removed', 'بوتين\u2069 x', `${FSI}بوتين x${PDI}`],
    ['an override removed', '\u202Eevil', 'evil'],
  ])('shows %s', (_name, text, expected) => {
    expect(displayText(text)).toBe(expected);
  });
});
