import { measureHtmlDepth } from './measure-html-depth';

describe('measureHtmlDepth', () => {
  it.each([
    { case: 'plain text', html: 'no markup at all', depth: 0 },
    { case: 'a flat page', html: '<p>a</p><p>b<br>c</p>', depth: 1 },
    {
      case: 'a typical article',
      html: '<html><body><article><p>x <b>y</b></p></article></body></html>',
      depth: 5,
    },
    {
      case: 'void and self-closing elements',
      html: '<div><img src="a"><br/><x-icon/></div>',
      depth: 1,
    },
  ])('measures $case', ({ html, depth }) => {
    expect(measureHtmlDepth(html)).toBe(depth);
  });

  it('stops as soon as the limit is passed, in time linear in the body', () => {
    const nested = `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`;
    expect(measureHtmlDepth(nested, 256)).toBe(257);
    expect(measureHtmlDepth(nested)).toBe(100_000);
  });
});
