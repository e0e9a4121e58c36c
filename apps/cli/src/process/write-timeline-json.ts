import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Writes `{"events": [...], "articles": [...]}` piece by piece, exactly as
 * `JSON.stringify(result, null, 2)` would, without building the whole text in memory.
 */
export async function writeTimelineJson(
  result: { readonly events: readonly unknown[]; readonly articles: readonly unknown[] },
  write: (text: string) => unknown,
): Promise<void> {
  await write('{\n');
  await writeArray('events', result.events, write, ',');
  await writeArray('articles', result.articles, write, '');
  await write('}\n');
}

async function writeArray(
  name: string,
  items: readonly unknown[],
  write: (text: string) => unknown,
  after: string,
): Promise<void> {
  if (items.length === 0) {
    await write(`  "${name}": []${after}\n`);
    return;
  }
  await write(`  "${name}": [\n`);
  for (const [i, item] of items.entries()) {
    const text = JSON.stringify(item, null, 2).replaceAll('\n', '\n    ');
    await write(`    ${text}${i === items.length - 1 ? '' : ','}\n`);
  }
  await write(`  ]${after}\n`);
}

/** A writer to a file that waits whenever the file's buffer is full; `close` when done. */
export function fileWriter(path: string): {
  write: (text: string) => Promise<void>;
  close: () => Promise<void>;
} {
  const file = createWriteStream(path, 'utf8');
  return {
    write: async (text) => {
      if (!file.write(text)) await once(file, 'drain');
    },
    close: async () => {
      file.end();
      await once(file, 'finish');
    },
  };
}
