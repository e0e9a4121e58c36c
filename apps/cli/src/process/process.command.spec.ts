import type { OfflineTimeline } from '@sijill/core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runProcess } from './process.command';

/** A visit as a wire would report it, with two fields the article contract does not name. */
const VISIT_WITH_UNKNOWN_FIELDS = {
  id: 'open-content-visit',
  url: 'https://news.example.com/ar/2024/07/02/visit',
  source: 'مثال للأنباء',
  publishedAt: '2024-07-02T16:30:00+05:00',
  language: 'ar',
  title: 'الرئيس الصيني يصل إلى أستانا',
  body:
    'وصل الرئيس الصيني شي جين بينغ اليوم الثلاثاء إلى العاصمة الكازاخستانية أستانا في زيارة دولة ' +
    'تستمر يومين، وكان في استقباله بالمطار الرئيس قاسم جومارت توكاييف.',
  publishedAtSource: 'url',
  x_rank: 7,
};

describe('sijill process', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sijill-process-'));
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  async function run(file: string): Promise<{ code: number; json: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runProcess(
      [file],
      {},
      {
        env: {},
        stdin: Readable.from([]),
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
      },
    );
    return { code, json: stdout, stderr };
  }

  it('takes an article with two unknown fields as unique and gives its entries', async () => {
    const file = join(root, 'open-content.jsonl');
    await writeFile(file, `${JSON.stringify(VISIT_WITH_UNKNOWN_FIELDS)}\n`);
    const result = await run(file);
    expect(result.code).toBe(0);
    const timeline = JSON.parse(result.json) as OfflineTimeline;
    expect(timeline.articles).toEqual([
      {
        id: VISIT_WITH_UNKNOWN_FIELDS.id,
        outcome: 'unique',
        ignoredFields: ['publishedAtSource', 'x_rank'],
      },
    ]);
    expect(timeline.events.length).toBeGreaterThan(0);
    expect(timeline.events[0]?.sources.map((s) => s.articleId)).toEqual([
      VISIT_WITH_UNKNOWN_FIELDS.id,
    ]);
    expect(result.stderr).toContain('publishedAtSource 1, x_rank 1');
  });
});
