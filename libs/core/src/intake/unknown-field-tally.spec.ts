import { OTHER_UNKNOWN_FIELDS, UnknownFieldTally } from './unknown-field-tally';

describe('UnknownFieldTally', () => {
  it('counts each name and says which are new', () => {
    const tally = new UnknownFieldTally();
    expect(tally.add(['x_rank', 'tags'])).toEqual({
      labels: ['x_rank', 'tags'],
      firstSeen: ['x_rank', 'tags'],
    });
    expect(tally.add(['x_rank'])).toEqual({ labels: ['x_rank'], firstSeen: [] });
    expect(tally.entries()).toEqual([
      ['x_rank', 2],
      ['tags', 1],
    ]);
  });

  it('counts names past the bound under one label, announced once', () => {
    const tally = new UnknownFieldTally(2);
    tally.add(['a', 'b']);
    expect(tally.add(['c', 'd', 'a'])).toEqual({
      labels: [OTHER_UNKNOWN_FIELDS, OTHER_UNKNOWN_FIELDS, 'a'],
      firstSeen: [OTHER_UNKNOWN_FIELDS],
    });
    expect(tally.entries()).toEqual([
      ['a', 2],
      ['b', 1],
      [OTHER_UNKNOWN_FIELDS, 2],
    ]);
  });

  it('never takes a name too long for a label, nor one spelt like the overflow label', () => {
    const tally = new UnknownFieldTally();
    expect(tally.add(['x'.repeat(65), OTHER_UNKNOWN_FIELDS, '\ud800']).labels).toEqual([
      OTHER_UNKNOWN_FIELDS,
      OTHER_UNKNOWN_FIELDS,
      OTHER_UNKNOWN_FIELDS,
    ]);
  });
});
