import type { TimelineEntry } from '@sijill/contracts';
import { timelineEntry } from '@sijill/testing';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSplits, type SplitsOptions } from './splits.command';

const person = (name: string, side: 'visitor' | 'host'): TimelineEntry['participants'][number] => ({
  name,
  side,
  names: { en: name },
});

const entry = (id: string, date: string, city: string): TimelineEntry =>
  timelineEntry(id, {
    date: { start: date, precision: 'day' },
    location: { city, country: 'SG' },
    participants: [person('David Cameron', 'visitor'), person('Lee Hsien Loong', 'host')],
    title: { en: `David Cameron visits Singapore (${id})` },
    codes: { plover: 'CONSULT', cameo: '042' },
    sources: [
      {
        articleId: `article-${id}`,
        source: 'Example News',
        language: 'en',
        evidence: [{ text: `Cameron spoke in ${city}.`, start: 0, end: 20 }],
      },
    ],
    firstSeenAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

describe('sijill splits', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sijill-splits-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  async function run(content: string, options: SplitsOptions = { days: 3 }) {
    const file = join(root, `timeline-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, content, 'utf8');
    let [stdout, stderr] = ['', ''];
    const code = await runSplits(file, options, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    });
    return { code, stdout, stderr };
  }

  const timeline = {
    events: [entry('a', '2015-07-28', 'Singapore'), entry('b', '2015-07-30', 'Singapore')],
  };

  it('lists a pair sharing a principal within three days, with each entry’s evidence', async () => {
    const { code, stdout } = await run(JSON.stringify(timeline));
    expect(code).toBe(0);
    expect(stdout).toContain('Possible splits: 1 pairs among 2 active entries');
    expect(stdout).toContain('shared: David Cameron, Lee Hsien Loong; 2 days apart');
    expect(stdout).toContain('David Cameron [visitor], Lee Hsien Loong [host]');
    expect(stdout).toContain('Example News: \u2068Cameron spoke in Singapore.\u2069');
  });

  it('prints one JSON pair per line, and nothing beyond the days asked for', async () => {
    const json = await run(JSON.stringify(timeline.events), { days: 3, json: true });
    expect(
      json.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      { first: 'a', second: 'b', shared: ['David Cameron', 'Lee Hsien Loong'], daysApart: 2 },
    ]);
    expect((await run(JSON.stringify(timeline), { days: 1 })).stdout).toContain(
      'Possible splits: 0 pairs',
    );
  });

  it('refuses a file that is not a timeline, exiting 1', async () => {
    const { code, stderr } = await run('{"events": [{"id": 1}]}');
    expect(code).toBe(1);
    expect(stderr).toContain('is not a timeline');
  });
});
