import { formatViewState, isFiltered, parseViewState, timelineQuery } from './view-state';

describe('the view state in the page address', () => {
  it('reads filters, layout, language and the open entry', () => {
    const state = parseViewState(
      '?from=2024-07&to=2024-12-31&participant=%D8%A8%D9%88%D8%AA%D9%8A%D9%86&country=kz&type=visit,call&layout=axis&lang=ar&entry=ev-1',
    );
    expect(state).toEqual({
      from: '2024-07',
      to: '2024-12-31',
      participant: 'بوتين',
      country: 'KZ',
      types: ['visit', 'call'],
      layout: 'axis',
      language: 'ar',
      entry: 'ev-1',
    });
  });

  it('falls back to the defaults on what it does not know', () => {
    expect(parseViewState('?type=parade,visit,visit&layout=grid&lang=xx&participant=%20')).toEqual({
      types: ['visit'],
      layout: 'list',
      language: 'en',
    });
  });

  it('writes back the same view, leaving defaults out', () => {
    const search = '?participant=Putin&type=summit&layout=axis&entry=ev-2';
    expect(formatViewState(parseViewState(search))).toBe(search);
    expect(formatViewState(parseViewState(''))).toBe('');
  });

  it('keeps a minimum of independent sources of two or more, and passes it to the gateway', () => {
    const state = parseViewState('?minSources=3&type=visit');
    expect(state.minSources).toBe(3);
    expect(timelineQuery(state).toString()).toBe('type=visit&minSources=3');
    expect(formatViewState(state)).toBe('?type=visit&minSources=3');
    for (const search of ['?minSources=1', '?minSources=two', '?minSources=-2']) {
      expect(parseViewState(search).minSources).toBeUndefined();
    }
  });

  it('asks the gateway only for the filters', () => {
    const state = parseViewState('?country=ru&lang=ar&layout=axis&entry=ev-3');
    expect(timelineQuery(state).toString()).toBe('country=RU');
    expect(isFiltered(state)).toBe(true);
    expect(isFiltered(parseViewState('?lang=ar'))).toBe(false);
  });
});
