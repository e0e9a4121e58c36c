import { TwoGenerationMemo } from './two-generation-memo';

describe('TwoGenerationMemo', () => {
  it('answers what was set', () => {
    const memo = new TwoGenerationMemo<string, number>(4);
    memo.set('a', 1);
    expect(memo.get('a')).toBe(1);
    expect(memo.get('b')).toBeUndefined();
  });

  it('never holds more than twice its limit', () => {
    const memo = new TwoGenerationMemo<number, number>(3);
    for (let i = 0; i < 100; i++) memo.set(i, i);
    expect(memo.size).toBeLessThanOrEqual(6);
    expect(memo.get(99)).toBe(99);
    expect(memo.get(0)).toBeUndefined();
  });

  it('keeps an entry read in each generation, however many turns pass', () => {
    const memo = new TwoGenerationMemo<string, number>(3);
    memo.set('hot', 0);
    for (let i = 0; i < 50; i++) {
      memo.set(`cold-${i}`, i);
      expect(memo.get('hot')).toBe(0);
    }
  });
});
