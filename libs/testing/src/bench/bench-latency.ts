// `npm run bench:latency`: time from an article's publication (Kafka ack) to its timeline entry
// arriving on the gateway's server-sent event stream, through every service on real Kafka and
// Redis. Reports percentiles; not a test.
import { ServiceProcess, type ServiceName } from '../e2e/service-process';
import { testEnvironment } from '../e2e/test-environment';
import { ArticleProducer } from '../e2e/article-producer';
import { provisionInfrastructure } from '../infra/provision-infrastructure';
import { phoneCallArticle } from './phone-call-article';
import { runScript } from './run-script';

const SAMPLES = Number(process.argv[2] ?? 40);

/** Resolves each time an SSE `entry` event naming `articleId` among its sources arrives. */
async function followStream(
  url: string,
  onEntry: (sourceIds: string[]) => void,
): Promise<AbortController> {
  const abort = new AbortController();
  const response = await fetch(`${url}/timeline/stream`, { signal: abort.signal });
  const reader = response.body?.getReader();
  if (!reader) throw new Error('No stream');
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => undefined);
      if (chunk === undefined || chunk.done) return;
      buffer += decoder.decode(chunk.value as Uint8Array, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = event.split('\n').find((l) => l.startsWith('data: '));
        if (data) {
          const entry = JSON.parse(data.slice(6)) as { sources: { articleId: string }[] };
          onEntry(entry.sources.map((s) => s.articleId));
        }
      }
    }
  })();
  return abort;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<void> {
  const infrastructure = await provisionInfrastructure({
    log: (l) => process.stderr.write(`${l}\n`),
  });
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.REDIS_URL = infrastructure.redisUrl;
  const env = testEnvironment('latency');
  const names: ServiceName[] = ['ingestor', 'extractor', 'timeline', 'gateway'];
  const services = await Promise.all(names.map((n) => ServiceProcess.start(n, env.serviceEnv)));
  const producer = await ArticleProducer.connect(env.brokers);
  let stream: AbortController | undefined;
  try {
    await Promise.all(services.map((s) => s.waitForReadiness(200)));
    const gateway = services[3] as ServiceProcess;
    const waiting = new Map<string, () => void>();
    stream = await followStream(gateway.url, (ids) => ids.forEach((id) => waiting.get(id)?.()));
    const latencies: number[] = [];
    for (let i = 0; i < SAMPLES + 3; i++) {
      const { id, value } = phoneCallArticle(i);
      const seen = new Promise<void>((resolve) => waiting.set(id, resolve));
      await producer.send(env.topics.articles, [{ key: id, value }]);
      const sentAt = performance.now();
      await Promise.race([
        seen,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`${id} never arrived`)), 30_000),
        ),
      ]);
      if (i >= 3) latencies.push(performance.now() - sentAt); // the first few warm the services
    }
    latencies.sort((a, b) => a - b);
    const ms = (v: number) => Math.round(v);
    process.stdout.write(
      `${JSON.stringify(
        {
          samples: latencies.length,
          publishToStreamMs: {
            p50: ms(percentile(latencies, 50)),
            p90: ms(percentile(latencies, 90)),
            p99: ms(percentile(latencies, 99)),
            max: ms(latencies.at(-1) ?? 0),
          },
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    stream?.abort();
    await producer.disconnect();
    await Promise.all(services.map((s) => s.stop()));
    await infrastructure.stop();
  }
}

runScript('bench', main);
