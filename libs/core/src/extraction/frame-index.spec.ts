import type { FramePlace } from './event-frame';
import { countriesOf, sentencesOf } from './frame-index';

const place = (country: string, sentence: number): FramePlace => ({
  country,
  how: 'country',
  sentence,
  word: 0,
});

describe('frame index: what merging reads of an event as it grows', () => {
  it('keeps the countries of places appended after the first read', () => {
    const frame = { places: [place('SA', 0)] };
    expect([...countriesOf(frame)]).toEqual(['SA']);
    frame.places.push(place('RU', 1), place('SA', 2));
    expect([...countriesOf(frame)]).toEqual(['SA', 'RU']);
  });

  it('reads a replaced or shortened array again from its start', () => {
    const frame = { places: [place('SA', 0), place('RU', 1)] };
    expect(countriesOf(frame).size).toBe(2);
    frame.places = [place('EG', 3)];
    expect([...countriesOf(frame)]).toEqual(['EG']);
    const sentences = { sentences: [4, 9, 2] };
    expect(sentencesOf(sentences).last).toBe(9);
    sentences.sentences.length = 1;
    expect(sentencesOf(sentences)).toEqual({ set: new Set([4]), last: 4 });
  });

  it.each([
    { sentences: [], has: [], last: -Infinity },
    { sentences: [3], has: [3], last: 3 },
    { sentences: [5, 1, 7, 1], has: [5, 1, 7], last: 7 },
  ])('sentences $sentences: set $has, last $last', ({ sentences, has, last }) => {
    const frame = { sentences: [...sentences] };
    expect(sentencesOf(frame)).toEqual({ set: new Set(has), last });
    frame.sentences.push(11);
    expect(sentencesOf(frame)).toEqual({ set: new Set([...has, 11]), last: 11 });
  });
});
