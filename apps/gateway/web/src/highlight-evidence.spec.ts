import type { TimelineEntry } from '@sijill/contracts';
import { findTerms, highlightEvidence, splitByRanges } from './highlight-evidence';

const marked = (text: string, terms: string[]) =>
  findTerms(text, terms).map(([start, end]) => text.slice(start, end));

const entry = {
  participants: [
    {
      name: 'Recep Tayyip Erdoğan',
      names: { en: 'Recep Tayyip Erdoğan', ar: 'رجب طيب أردوغان' },
    },
  ],
  location: { city: 'Cairo', country: 'EG' },
} as unknown as TimelineEntry;

describe('highlighting evidence', () => {
  it.each([
    [
      'an Arabic name spelt with another hamza',
      'وصل الرئيس إردوغان إلى القاهرة',
      ['أردوغان'],
      ['إردوغان'],
    ],
    ['a name after Arabic proclitics', 'واستقبله وبأردوغان', ['أردوغان'], ['أردوغان']],
    [
      'a Latin name without its accent',
      'Erdogan arrived in Cairo',
      ['Erdoğan', 'Cairo'],
      ['Erdogan', 'Cairo'],
    ],
    ['a name with harakat', 'الرئيسُ بُوتِين', ['بوتين'], ['بُوتِين']],
    ['nothing inside another word', 'Cairoland and Scairo', ['Cairo'], ['Cairo']],
    ['terms too short to mean anything', 'in to at', ['in', 'at'], []],
  ])('finds %s', (_case, text, terms, expected) => {
    expect(marked(text, terms)).toEqual(expected);
  });

  it('merges overlapping finds and keeps every character once', () => {
    const text = 'رجب طيب أردوغان في القاهرة';
    const segments = splitByRanges(text, [
      [0, 15],
      [8, 15],
      [40, 50],
    ]);
    expect(segments).toEqual([
      { text: 'رجب طيب أردوغان', marked: true },
      { text: ' في القاهرة', marked: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('marks the entry’s participants and place, or the spans the evidence carries', () => {
    const found = highlightEvidence({ text: 'Erdogan landed in Cairo.' }, entry);
    expect(found.filter((s) => s.marked).map((s) => s.text)).toEqual(['Erdogan', 'Cairo']);
    const given = highlightEvidence(
      { text: 'Erdogan landed in Cairo.', spans: [{ start: 8, end: 14 }] } as { text: string },
      entry,
    );
    expect(given.filter((s) => s.marked).map((s) => s.text)).toEqual(['landed']);
  });
});
