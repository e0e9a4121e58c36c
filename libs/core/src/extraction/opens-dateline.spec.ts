import { opensDateline } from './opens-dateline';

describe('opensDateline', () => {
  it.each([
    { rule: 'a dash right after the place', after: ' — President Vladimir Putin', expected: true },
    { rule: 'a country before the dash', after: ', Russia — Leaders of', expected: true },
    {
      rule: 'a day and month before the dash',
      after: ', Nov 9 — Indonesian President',
      expected: true,
    },
    {
      rule: 'an agency in brackets before the dash',
      after: ', April 2 (Reuters) - U.S.',
      expected: true,
    },
    {
      rule: 'a French day and month with AFP',
      after: ', 6 mai (AFP) - Le président',
      expected: true,
    },
    { rule: 'a TASS agency between slashes', after: ', 9 апреля. /ТАСС/. Министр', expected: true },
    { rule: 'an Arabic agency after a dash', after: ' - واس\nاستقبل', expected: true },
    {
      rule: 'a sentence going on is no dateline',
      after: ' is the capital of Russia and',
      expected: false,
    },
    {
      rule: 'a dash too far away is no dateline',
      after: ' has long been a place where leaders meet — and',
      expected: false,
    },
  ])('$rule', ({ after, expected }) => {
    expect(opensDateline(after)).toBe(expected);
  });
});
