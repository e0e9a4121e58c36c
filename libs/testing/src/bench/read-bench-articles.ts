import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { corpusDayFiles } from './corpus-day';
import { syntheticArticles } from './synthetic-articles';

/** One message for `news.articles.v1`, as a publisher would send it. */
export interface BenchMessage {
  readonly key: string;
  readonly value: string;
}

/**
 * The first `count` articles of the SaudiNewsNet corpus in the shared folder (in file order), or
 * synthetic ones where the corpus is absent; `source` says which.
 */
export async function readBenchArticles(
  count: number,
): Promise<{ source: 'saudinewsnet' | 'synthetic'; messages: BenchMessage[] }> {
  const files = corpusDayFiles();
  if (files.length === 0) {
    const messages = syntheticArticles(count).map((a) => ({
      key: a.id,
      value: JSON.stringify({ id: a.id, body: a.body, language: a.language }),
    }));
    return { source: 'synthetic', messages };
  }
  const messages: BenchMessage[] = [];
  for (const file of files) {
    const lines = createInterface({
      input: createReadStream(file).pipe(createGunzip()),
    });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const id = (JSON.parse(line) as { id?: unknown }).id;
      messages.push({ key: typeof id === 'string' ? id : `line-${messages.length}`, value: line });
      if (messages.length >= count) {
        lines.close();
        return { source: 'saudinewsnet', messages };
      }
    }
  }
  return { source: 'saudinewsnet', messages };
}
