// `npm run demo`: the pipeline on the shipped example articles, on real Kafka and Redis that it
// provisions itself (or KAFKA_BROKERS / REDIS_URL when given), then a readable account of what
// happened to every article. With `--serve`, the stack stays up for the timeline page until Ctrl-C.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEAD_LETTER_HEADERS,
  type AcceptedArticle,
  type DuplicateArticle,
} from '@sijill/contracts';
import {
  publishWithCli,
  settledTimeline,
  startPipelineServices,
  type PipelineServices,
} from '../e2e/pipeline-services';
import { TopicProbe } from '../e2e/topic-probe';
import { locateRepoRoot } from '../infra/locate-repo-root';
import { startDemoInfrastructure } from './start-demo-infrastructure';

const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const root = locateRepoRoot();
  const examples = join(root, 'examples', 'articles.jsonl');
  say('Sijill demo: starting Kafka and Redis …');
  const { infrastructure, env } = await startDemoInfrastructure('demo', say);
  let services: PipelineServices | undefined;
  let probe: TopicProbe | undefined;
  try {
    say('Starting the ingestor, the extractor, the timeline and the gateway …');
    services = await startPipelineServices(env);
    const { ingestor, gateway } = services;
    probe = await TopicProbe.start(env.brokers, [
      env.topics.accepted,
      env.topics.duplicates,
      env.topics.deadLetter,
    ]);

    say(`\n1. sijill publish examples/articles.jsonl`);
    say(indent(publishWithCli(env, [examples]).trim()));

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
    await probe.stop();
    probe = undefined;
    if (process.argv.includes('--serve')) await serveUntilInterrupted(gateway.url);
  } finally {
    await probe?.stop();
    await services?.stop();
    await infrastructure.stop();
  }
}

/** Keeps the stack up for the timeline page until Ctrl-C (or SIGTERM). */
async function serveUntilInterrupted(url: string): Promise<void> {
  say(`\nThe timeline page: ${url}/`);
  say(`Articles POSTed to ${url}/articles appear on it without a reload. Ctrl-C stops.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  say('Stopping …');
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
