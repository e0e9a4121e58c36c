// `npm run bench:health -- [day] [threads…]`: publishes one day of the real corpus in ../shared
// (default 2015-07-31; synthetic articles without it), normalised, straight onto the extractor's
// input topic on Kafka and Redis it provisions itself, so the extractor works flat out, and polls
// its /health/ready and /metrics every 50 ms meanwhile, once per extraction thread count given
// (default: 0, the event loop, and 2). Prints the answer times (p50, p99, max) per run.
// `npm run bench:health -- --pipeline [--articles 5000]`: every service instead (ingestor,
// extractor, timeline, gateway, one instance each), while the throughput benchmark's articles go
// through the whole pipeline at full speed: each service's /health/ready and /health/live polled
// every 50 ms, first for 5 s idle (the baseline on this machine at this moment), then until the
// pipeline is quiet; with the load average and the event loop's longest delay as each service
// measures it. Not a test: a shared machine's figures vary, so compare with the idle baseline.
import { ArticleProducer } from '../e2e/article-producer';
import { ServiceProcess, type ServiceName } from '../e2e/service-process';
import { testEnvironment } from '../e2e/test-environment';
import { provisionInfrastructure } from '../infra/provision-infrastructure';
import { rawArticles, toUnique } from './corpus-day';
import { measurePipeline, summary, timeAnswer } from './measure-health-in-pipeline';
import { runScript } from './run-script';

const POLL_EVERY_MS = 50;
// The run is over when the extractor has handled every article, or nothing new for this long
// (its counter moves when a batch is committed).
const QUIET_MS = 30_000;
const LONGEST_RUN_MS = 600_000;
// The ingestor creates the extractor's input topic; it is given nothing to do.
const STAGES: readonly ServiceName[] = ['ingestor', 'extractor'];

function articleValues(day: string): { key: string; value: string }[] {
  return rawArticles(day).map((raw, i) => {
    const article = toUnique(raw, i);
    return { key: article.articleId, value: JSON.stringify(article) };
  });
}

/** Messages a service has handled so far, by its own counter. */
async function handled(service: ServiceProcess): Promise<number> {
  const text = await service.metrics().catch(() => '');
  return text
    .split('\n')
    .filter((l) => l.startsWith('sijill_messages_total'))
    .reduce((sum, l) => sum + Number(l.split(' ').at(-1) ?? 0), 0);
}

async function measure(
  threads: string,
  values: readonly { key: string; value: string }[],
): Promise<Record<string, unknown>> {
  const env = testEnvironment(`health-${threads}`);
  const serviceEnv = { ...env.serviceEnv, SIJILL_EXTRACTION_THREADS: threads };
  const services = await Promise.all(STAGES.map((n) => ServiceProcess.start(n, serviceEnv)));
  const extractor = services[1] as ServiceProcess;
  const producer = await ArticleProducer.connect(env.brokers);
  try {
    await Promise.all(services.map((s) => s.waitForReadiness(200, 180_000)));
    const startedAt = performance.now();
    const publishing = producer.send(env.topics.unique, values);
    const ready: number[] = [];
    const metrics: number[] = [];
    let count = 0;
    let changedAt = performance.now();
    while (performance.now() - startedAt < LONGEST_RUN_MS) {
      const tick = performance.now();
      ready.push(await timeAnswer(`${extractor.url}/health/ready`));
      if (ready.length % 10 === 0) {
        metrics.push(await timeAnswer(`${extractor.url}/metrics`));
        const now = await handled(extractor);
        if (now !== count) [count, changedAt] = [now, performance.now()];
        const quiet = count > 0 && performance.now() - changedAt > QUIET_MS;
        if (count >= values.length || quiet) break;
      }
      const wait = POLL_EVERY_MS - (performance.now() - tick);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    await publishing;
    return {
      threads: Number(threads),
      published: values.length,
      extractorHandled: count,
      seconds: Math.round((changedAt - startedAt) / 100) / 10,
      healthReadyMs: { samples: ready.length, ...summary(ready) },
      metricsMs: { samples: metrics.length, ...summary(metrics) },
    };
  } finally {
    await producer.disconnect();
    await Promise.all(services.map((s) => s.stop()));
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--pipeline')) return measurePipeline(argv);
  const [day = '2015-07-31', ...given] = argv;
  const runs = given.length > 0 ? given : ['0', '2'];
  const values = articleValues(day);
  const infrastructure = await provisionInfrastructure({
    log: (l) => process.stderr.write(`${l}\n`),
  });
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.REDIS_URL = infrastructure.redisUrl;
  try {
    for (const threads of runs)
      process.stdout.write(`${JSON.stringify(await measure(threads, values))}\n`);
  } finally {
    await infrastructure.stop();
  }
}

runScript('bench', main);
