import { writeTimelineJson } from './write-timeline-json';

describe('writeTimelineJson', () => {
  const cases: [string, { events: unknown[]; articles: unknown[] }][] = [
    ['both empty', { events: [], articles: [] }],
    [
      'nested values',
      {
        events: [{ id: 'e1', sources: [{ a: 1, b: [] }], title: { en: 'x\ny' } }, { id: 'e2' }],
        articles: [{ id: 'a1', outcome: 'unique' }],
      },
    ],
    ['events only', { events: [{ id: 'e1' }], articles: [] }],
  ];

  it.each(cases)('writes what JSON.stringify(…, null, 2) writes: %s', async (_, result) => {
    let text = '';
    await writeTimelineJson(result, (piece) => (text += piece));
    expect(text).toBe(`${JSON.stringify(result, null, 2)}\n`);
  });
});
