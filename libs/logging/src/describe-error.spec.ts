import { describeError, describeErrorMessage } from './describe-error';

describe('describeError', () => {
  it('gives an error its name, message, code and cause chain', () => {
    const cause = Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    expect(describeError(new Error('Redis is away', { cause }))).toEqual({
      type: 'Error',
      message: 'Redis is away',
      cause: { type: 'Error', message: 'connection refused', code: 'ECONNREFUSED' },
    });
  });

  it('writes anything else thrown as JSON, never [object Object]', () => {
    expect(describeError({ reason: 'gone' })).toEqual({ message: '{"reason":"gone"}' });
  });
});

describe('describeErrorMessage', () => {
  it.each<[string, unknown, string]>([
    ['an error', new Error('broker away'), 'broker away'],
    ['a string', 'timed out', 'timed out'],
    ['an object', { code: 7 }, '{"code":7}'],
    ['nothing', undefined, 'no error reported'],
  ])('says in one line what %s says', (_case, error, line) => {
    expect(describeErrorMessage(error)).toBe(line);
  });
});
