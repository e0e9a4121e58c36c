// `npm run demo`: the pipeline on the shipped example articles, on real Kafka and Redis that it
// provisions itself (or KAFKA_BROKERS / REDIS_URL when given), then a readable account of what
// happened to every article.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEAD_LETTER_HEADERS,
  type AcceptedArticle,
  type DuplicateArticle,
  type TimelineEntry,
} from '@sijill/contracts';
import { ServiceProcess } from '../e2e/service-process';
import { testEnvironment } from '../e2e/test-environment';
import { TopicProbe } from '../e2e/topic-probe';
import { locateRepoRoot } from '../infra/locate-repo-root';
import { provisionInfrastructure } from '../infra/provision-infrastructure';

const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const root = locateRepoRoot();
  const examples = join(root, 'examples', 'articles.jsonl');
  say('Sijill demo: starting Kafka and Redis …');
  const infrastructure = await provisionInfrastructure({ log: (l) => say(`  ${l}`) });
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.REDIS_URL = infrastructure.redisUrl;
  const env = testEnvironment('demo');
  const services: ServiceProcess[] = [];
  let probe: TopicProbe | undefined;
  try {
    say('Starting the ingestor, the extractor, the timeline and the gateway …');
    for (const name of ['ingestor', 'extractor', 'timeline', 'gateway'] as const) {
      services.push(await ServiceProcess.start(name, env.serviceEnv));
    }
    await Promise.all(services.map((s) => s.waitForReadiness(200)));
    const [ingestor, , , gateway] = services as [
      ServiceProcess,
      ServiceProcess,
      ServiceProcess,
      ServiceProcess,
    ];
    probe = await TopicProbe.start(env.brokers, [
      env.topics.accepted,
      env.topics.duplicates,
      env.topics.deadLetter,
    ]);

    say(`\n1. sijill publish examples/articles.jsonl`);
    const cli = spawnSync(
      process.execPath,
      [join(root, 'dist/apps/cli/src/main.js'), 'publish', examples],
      {
        env: { ...process.env, ...env.serviceEnv },
        encoding: 'utf8',
      },
    );
    say(indent(cli.stderr.trim()));

    say(
      `\n2. POST ${gateway.url}/articles — the same articles again, and one that is not an article`,
    );
    const lines = readFileSync(examples, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const again = await postArticles(gateway.url, `[${lines.join(',')}]`);
    say(indent(`${again.status} ${again.body}`));
    const bad = await postArticles(gateway.url, '{"title": "no body"}');
    say(indent(`${bad.status} ${bad.body}`));
    say('   (the gateway refuses bad input itself; a raw Kafka producer would get a dead letter:)');
    await publishRaw(env.brokers, env.topics.articles, '{"title": "no body either"}');

    const expected = lines.length * 2 + 1;
    await probe.waitFor('every message', (p) => p.records.length >= expected, 60_000);
    say('\nWhat the ingestor did with each message:');
    for (const a of probe.values<AcceptedArticle>(env.topics.accepted)) {
      say(`   accepted       ${a.articleId}  ${a.article.title ?? ''}`);
    }
    for (const d of probe.values<DuplicateArticle>(env.topics.duplicates)) {
      say(`   duplicate      ${d.articleId}  (${d.reason} of ${d.duplicateOf})`);
    }
    for (const r of probe.on(env.topics.deadLetter)) {
      say(
        `   dead-lettered  ${r.headers[DEAD_LETTER_HEADERS.reason]}: ${r.headers[DEAD_LETTER_HEADERS.detail]}`,
      );
    }
    const entries = await settledTimeline(gateway.url);
    say(`\nThe merged timeline (GET ${gateway.url}/timeline): ${entries.length} entries`);
    for (const e of entries) {
      const place = e.location ? `${e.location.city ?? ''} ${e.location.country}`.trim() : '';
      say(
        `   ${e.date.start}  ${e.type.padEnd(7)} ${e.title.en}${place ? ` — ${place}` : ''} (${e.sources.length} source(s))`,
      );
    }
    const metrics = await (await fetch(`${ingestor.url}/metrics`)).text();
    say('\nThe ingestor’s metrics (GET /metrics):');
    say(
      indent(
        metrics
          .split('\n')
          .filter((l) => l.startsWith('sijill_messages_total'))
          .join('\n'),
      ),
    );
    say('\nDone. Follow it live with `npm run -s sijill -- subscribe` or GET /timeline/stream.');
  } finally {
    await probe?.stop();
    await Promise.all(services.map((s) => s.stop()));
    await infrastructure.stop();
  }
}

/** The timeline once it has stopped changing for two seconds. */
async function settledTimeline(url: string): Promise<TimelineEntry[]> {
  let last = '';
  let stableSince = Date.now();
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    const response = await fetch(`${url}/timeline?limit=500`);
    const body = response.status === 200 ? await response.text() : '';
    if (body !== last) [last, stableSince] = [body, Date.now()];
    else if (body !== '' && Date.now() - stableSince > 2_000) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return last === '' ? [] : (JSON.parse(last) as { entries: TimelineEntry[] }).entries;
}

async function postArticles(url: string, body: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${url}/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, body: await response.text() };
}

async function publishRaw(brokers: string, topic: string, value: string): Promise<void> {
  const { ArticleProducer } = await import('../e2e/article-producer');
  const producer = await ArticleProducer.connect(brokers);
  await producer.send(topic, [{ key: null, value }]);
  await producer.disconnect();
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `   ${l}`)
    .join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
