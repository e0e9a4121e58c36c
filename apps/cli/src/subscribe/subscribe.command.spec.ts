import type { TimelineEntry } from '@sijill/contracts';
import { timelineEntry } from '@sijill/testing';
import type { FollowOptions, TimelineFollower } from './follow-timeline';
import { runSubscribe, type SubscribeEnvironment } from './subscribe.command';

const entry = (id: string, revision: number, fields: Partial<TimelineEntry> = {}): TimelineEntry =>
  timelineEntry(id, {
    revision,
    location: undefined,
    participants: [{ name: 'Recep Tayyip Erdoğan', names: { ar: 'رجب طيب أردوغان' } }],
    title: { en: `Entry ${id}` },
    codes: { plover: 'CONSULT', cameo: '042' },
    sources: [],
    ...fields,
  });

const record = (offset: number, value: unknown) => ({
  partition: 0,
  offset: String(offset),
  value: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});

/** Runs the command over these topic records, then stops it as Ctrl-C would. */
async function run(
  options: Partial<Parameters<typeof runSubscribe>[0]>,
  values: readonly unknown[],
  follow?: SubscribeEnvironment['follow'],
) {
  let stdout = '';
  let stderr = '';
  const stop = new AbortController();
  const seen: FollowOptions[] = [];
  const fake = async (
    _config: unknown,
    followOptions: FollowOptions,
  ): Promise<TimelineFollower> => {
    seen.push(followOptions);
    for (const [i, value] of values.entries()) await followOptions.onRecord(record(i, value));
    stop.abort();
    return { failed: new Promise<Error>(() => undefined), stop: () => Promise.resolve() };
  };
  const code = await runSubscribe(
    { fromBeginning: true, ...options },
    {
      env: { KAFKA_BROKERS: '127.0.0.1:1' },
      stdout: { write: (text) => ((stdout += text), true) },
      stderr: { write: (text: string) => (stderr += text) },
      follow: follow ?? fake,
      stop: stop.signal,
    },
  );
  return { code, stdout, stderr, seen };
}

describe('sijill subscribe', () => {
  it('prints one JSON entry per line, skipping stale revisions and records that are not entries', async () => {
    const out = await run({ json: true }, [
      entry('ev-a', 1),
      entry('ev-b', 1),
      'not json',
      { id: 'ev-c' },
      entry('ev-a', 2),
      entry('ev-a', 1),
      null,
    ]);
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(
      lines.map((l) => JSON.parse(l) as TimelineEntry).map((e) => `${e.id}@${e.revision}`),
    ).toEqual(['ev-a@1', 'ev-b@1', 'ev-a@2']);
    expect(out.stderr).toMatch(/skipped the record at partition 0 offset 2: not JSON/);
    expect(out.stderr).toMatch(/skipped the record at partition 0 offset 3: revision/);
    expect(out.seen[0]?.fromBeginning).toBe(true);
  });

  it.each([
    ['a participant in Latin letters, without the accent', { participant: 'erdogan' }, ['ev-a']],
    ['a participant in Arabic, spelt another way', { participant: 'إردوغان' }, ['ev-a']],
    ['types', { type: 'call,summit' }, ['ev-b']],
  ])('filters by %s', async (_name, options, expected) => {
    const out = await run({ json: true, ...options }, [
      entry('ev-a', 1),
      entry('ev-b', 1, { type: 'call', participants: [] }),
    ]);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as TimelineEntry).id)).toEqual(expected);
  });

  it('shows blocks for people and says what it follows on stderr', async () => {
    const out = await run({ fromBeginning: false }, [entry('ev-a', 1)]);
    expect(out.stdout).toMatch(/^2024-07-03 {2}visit, occurred {2}\[ev-a revision 1\]\n/);
    expect(out.stderr).toMatch(
      /^Following diplomacy\.timeline\.v1 on 127\.0\.0\.1:1; Ctrl-C to stop\./,
    );
    expect(out.seen[0]?.fromBeginning).toBe(false);
  });

  it.each([
    ['an unknown type', { type: 'parade' }, /--type "parade"/],
    ['bad brokers', { brokers: 'nowhere' }, /KAFKA_BROKERS/],
  ])('exits 1 on %s', async (_name, options, message) => {
    const out = await run(options, []);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(message);
  });

  it('exits 1 when Kafka cannot be reached or the consumer stops', async () => {
    const unreachable = await run({}, [], () => Promise.reject(new Error('Connection refused')));
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(
      /cannot follow diplomacy\.timeline\.v1 .*Connection refused/,
    );

    const crashed = await run({}, [], () =>
      Promise.resolve({
        failed: Promise.resolve(new Error('gone')),
        stop: () => Promise.resolve(),
      }),
    );
    expect(crashed.code).toBe(1);
    expect(crashed.stderr).toMatch(/the consumer stopped: gone/);
  });
});
