import { tokenise } from '../normalise/tokenise-text';
import { DEFAULT_OVERLAP_PARAMS } from './overlap-params';
import { selectAnchors, selectAnchorsOfText } from './select-anchors';

const params = DEFAULT_OVERLAP_PARAMS;
const words = (count: number, offset = 0): string[] =>
  Array.from({ length: count }, (_, i) => `word${(i + offset).toString(36)}`);

describe('selectAnchors', () => {
  it('keeps about one shingle in `sampling`, sorted and distinct', () => {
    const anchors = selectAnchors(words(600), params);
    expect(anchors.length).toBeGreaterThan(600 / params.sampling / 2);
    expect(anchors.length).toBeLessThan((600 / params.sampling) * 2);
    expect([...anchors]).toEqual([...new Set(anchors)].sort((a, b) => a - b));
    expect([...anchors].every((anchor) => anchor % params.sampling === 0)).toBe(true);
  });

  it('gives an excerpt exactly the anchors of the passage it copies', () => {
    const whole = new Set(selectAnchors(words(600), params));
    const excerpt = selectAnchors(words(200, 100), params);
    expect(excerpt.length).toBeGreaterThan(0);
    expect([...excerpt].every((anchor) => whole.has(anchor))).toBe(true);
  });

  it('gives no anchor to an empty text', () => {
    expect(selectAnchors([], params)).toHaveLength(0);
    expect(selectAnchorsOfText('', params)).toHaveLength(0);
  });

  it('reads the matching form without an inline page widget', () => {
    const prose = tokenise(words(300).join(' ')).join(' ');
    const widget = '#poll ul { padding: 0; } .box { margin: 0; } $(function(){ plot({ a: 1 }); });';
    expect(selectAnchorsOfText(`${prose} ${widget} end`, params)).toEqual(
      selectAnchorsOfText(`${prose} #poll ul end`, params),
    );
  });
});
