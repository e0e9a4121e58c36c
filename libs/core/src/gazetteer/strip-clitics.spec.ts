import { foldName } from './fold-name';
import { listCliticReadings } from './strip-clitics';

describe('listCliticReadings', () => {
  // [written, a stem it must offer, prefix, article]
  const offered: readonly [string, string, string, boolean][] = [
    ['وبوتين', 'بوتين', 'و', false],
    ['فبوتين', 'بوتين', 'ف', false],
    ['لكازاخستان', 'كازاخستان', 'ل', false],
    ['كروسيا', 'روسيا', 'ك', false],
    ['والرئيس', 'رئيس', 'وال', true],
    ['بالسعودية', 'سعوديه', 'بال', true],
    ['وبالقاهرة', 'قاهره', 'وبال', true],
    ['للرئيس', 'رئيس', 'لل', true],
    ['وللصين', 'صين', 'ولل', true],
    ['فالإمارات', 'امارات', 'فال', true],
  ];

  it.each(offered)('%s → %s', (written, stem, prefix, article) => {
    expect(listCliticReadings(foldName(written))).toContainEqual(
      expect.objectContaining({ stem, prefix, article }),
    );
  });

  it('offers the bare word first', () => {
    expect(listCliticReadings(foldName('بوتين'))[0]).toMatchObject({ prefix: '', stem: 'بوتين' });
  });

  it.each([
    ['كيف', 'كي'],
    ['بلد', 'لد'],
    ['وفد', 'فد'],
  ])('keeps at least three letters after stripping: %s never yields %s', (written, stem) => {
    expect(listCliticReadings(foldName(written)).map((reading) => reading.stem)).not.toContain(
      stem,
    );
  });
});
