import { definedOnly } from './defined-only';

describe('definedOnly', () => {
  it.each([
    ['keeps defined fields', { a: 1, b: 'x' }, { a: 1, b: 'x' }],
    ['leaves out undefined fields', { a: 1, b: undefined }, { a: 1 }],
    ['gives an empty object when nothing is defined', { a: undefined }, {}],
    [
      'keeps null, zero, false and the empty string',
      { a: null, b: 0, c: false, d: '' },
      { a: null, b: 0, c: false, d: '' },
    ],
  ])('%s', (_case, fields, expected) => {
    const defined = definedOnly(fields);
    expect(defined).toStrictEqual(expected);
    expect(Object.keys(defined)).toEqual(Object.keys(expected));
  });

  it('keeps the order of the fields it keeps', () => {
    expect(Object.keys(definedOnly({ c: 3, a: undefined, b: 2, d: 4 }))).toEqual(['c', 'b', 'd']);
  });

  it('spreads as the conditional spread it replaces', () => {
    const url: string | undefined = undefined;
    const title: string | undefined = 'Putin visits Kazakhstan';
    const replaced = {
      id: 'a1',
      ...(url === undefined ? {} : { url }),
      ...(title === undefined ? {} : { title }),
    };
    expect({ id: 'a1', ...definedOnly({ url, title }) }).toStrictEqual(replaced);
  });

  it('types a possibly undefined field as optional and a defined one as required', () => {
    const fields = definedOnly({ id: 'a1', url: undefined as string | undefined });
    const id: string = fields.id;
    const url: string | undefined = fields.url;
    expect([id, url]).toEqual(['a1', undefined]);
  });
});
