import { type INestApplication, Injectable, Module, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Server } from 'node:http';
import request from 'supertest';
import { HealthModule } from './health.module';
import { MessageMetrics } from './message-metrics';
import { MetricsModule } from './metrics.module';
import { ReadinessCheck, readinessCheckOn } from './readiness-check';

@Injectable()
class AnsweringCheck extends ReadinessCheck {
  readonly name = 'answering';
  check(): Promise<void> {
    return Promise.resolve();
  }
}

@Injectable()
class RefusingCheck extends ReadinessCheck {
  readonly name = 'refusing';
  check(): Promise<void> {
    return Promise.reject(new Error('connection refused'));
  }
}

@Injectable()
class SilentCheck extends ReadinessCheck {
  readonly name = 'silent';
  calls = 0;
  check(): Promise<void> {
    this.calls += 1;
    return new Promise<void>(() => undefined);
  }
}

@Injectable()
class StalledCheck extends ReadinessCheck {
  readonly name = 'stalled';
  check(): Promise<void> {
    return new Promise<void>(() => undefined);
  }
}

/** Answers its first question at once and holds every later one until released. */
@Injectable()
class HeldCheck extends ReadinessCheck {
  readonly name = 'held';
  calls = 0;
  release?: () => void;
  check(): Promise<void> {
    this.calls += 1;
    if (this.calls === 1) return Promise.resolve();
    return new Promise<void>((resolve) => (this.release = resolve));
  }
}

/** Two checks that answer only once both have been asked: they pass only when run concurrently. */
@Injectable()
class Rendezvous {
  private readonly arrived = new Set<string>();
  private readonly waiting: (() => void)[] = [];
  meet(name: string): Promise<void> {
    this.arrived.add(name);
    if (this.arrived.size < 2) return new Promise<void>((resolve) => this.waiting.push(resolve));
    this.waiting.splice(0).forEach((resolve) => resolve());
    return Promise.resolve();
  }
}

function pairCheck(name: string): Type<ReadinessCheck> {
  @Injectable()
  class PairCheck extends ReadinessCheck {
    readonly name = name;
    constructor(private readonly rendezvous: Rendezvous) {
      super();
    }
    check(): Promise<void> {
      return this.rendezvous.meet(this.name);
    }
  }
  return PairCheck;
}
const FirstOfPairCheck = pairCheck('first-of-pair');
const SecondOfPairCheck = pairCheck('second-of-pair');

class UnprovidedCheck extends ReadinessCheck {
  readonly name = 'unprovided';
  check(): Promise<void> {
    return Promise.resolve();
  }
}

/** Stands for KafkaModule / RedisModule: the checks live in a module other than HealthModule. */
@Module({
  providers: [
    AnsweringCheck,
    RefusingCheck,
    SilentCheck,
    StalledCheck,
    Rendezvous,
    FirstOfPairCheck,
    SecondOfPairCheck,
    HeldCheck,
  ],
  exports: [
    HeldCheck,
    AnsweringCheck,
    RefusingCheck,
    SilentCheck,
    StalledCheck,
    FirstOfPairCheck,
    SecondOfPairCheck,
  ],
})
class DependenciesModule {}

async function appWith(checks: Type<ReadinessCheck>[], timeoutMs = 100): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      MetricsModule,
      DependenciesModule,
      HealthModule.forChecks(checks, { timeoutMs, refreshMs: 10 }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  return app.init();
}

/** What a service asks the answer of; `answers` says whether it does. */
@Injectable()
class Dependency {
  answers = true;
  ping(): Promise<void> {
    return this.answers ? Promise.resolve() : Promise.reject(new Error('no answer'));
  }
}
const DependencyReadinessCheck = readinessCheckOn('the-dependency', Dependency, (d) => d.ping());
const KeptStateReadinessCheck = readinessCheckOn(
  'kept-state',
  Dependency,
  (d) => d.ping(),
  'kept-state',
);

@Module({
  providers: [Dependency, DependencyReadinessCheck, KeptStateReadinessCheck],
  exports: [Dependency, DependencyReadinessCheck, KeptStateReadinessCheck],
})
class AskedModule {}

const get = (app: INestApplication, path: string) =>
  request(app.getHttpServer() as Server).get(path);

/** Asks until the answer's status is `status`, for at most five seconds. */
async function pollUntil<T extends { status: number }>(
  ask: () => PromiseLike<T>,
  status: number,
): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const answer = await ask();
    if (answer.status === status || Date.now() > deadline) {
      expect(answer.status).toBe(status);
      return answer;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('HealthModule', () => {
  let app: INestApplication | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it.each([
    {
      case: 'every check answers',
      checks: [AnsweringCheck],
      status: 200,
      passing: ['answering'],
      failing: {},
    },
    {
      case: 'one check refuses and one never answers',
      checks: [AnsweringCheck, RefusingCheck, SilentCheck],
      status: 503,
      passing: ['answering'],
      failing: {
        refusing: { status: 'down', message: 'connection refused' },
        silent: { status: 'down', message: 'did not answer within 100 ms' },
      },
    },
    {
      case: 'the only check never answers',
      checks: [SilentCheck],
      status: 503,
      passing: [],
      failing: { silent: { status: 'down', message: 'did not answer within 100 ms' } },
    },
  ])('GET /health/ready is $status when $case', async ({ checks, status, passing, failing }) => {
    app = await appWith(checks);
    const response = await get(app, '/health/ready');
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ status: status === 200 ? 'ok' : 'error' });
    const body = response.body as { info: object; error: object };
    expect(body.error).toEqual(failing);
    expect(Object.keys(body.info)).toEqual(passing);
  });

  it('runs the checks concurrently', async () => {
    // Each answers only once the other has been asked: one after the other, the first would wait
    // for its timeout and readiness would be 503.
    app = await appWith([FirstOfPairCheck, SecondOfPairCheck], 5_000);
    const response = await get(app, '/health/ready').expect(200);
    expect(Object.keys((response.body as { info: object }).info).sort()).toEqual([
      'first-of-pair',
      'second-of-pair',
    ]);
  });

  it('shares a check still running with the next probe instead of calling it again', async () => {
    app = await appWith([SilentCheck]);
    await get(app, '/health/ready').expect(503);
    await get(app, '/health/ready').expect(503);
    expect(app.get(SilentCheck).calls).toBe(1);
  });

  it('GET /health/live is 200 even when dependencies are down', async () => {
    app = await appWith([RefusingCheck, SilentCheck]);
    await get(app, '/health/live').expect(200, { status: 'ok' });
  });

  it('refuses to start when a listed check is not provided by any module', async () => {
    await expect(appWith([UnprovidedCheck])).rejects.toThrow(/UnprovidedCheck is not provided/);
  });

  it('runs a check made by readinessCheckOn as one question to its dependency', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        MetricsModule,
        AskedModule,
        HealthModule.forChecks([DependencyReadinessCheck], { refreshMs: 10 }),
      ],
    }).compile();
    app = await moduleRef.createNestApplication({ logger: false }).init();
    expect(DependencyReadinessCheck.name).toBe('TheDependencyReadinessCheck');
    await get(app, '/health/ready').expect(200);
    app.get(Dependency).answers = false;
    // The check is asked again in the background: readiness turns 503 at its next answer.
    const response = await pollUntil(() => get(app as INestApplication, '/health/ready'), 503);
    expect((response.body as { error: object }).error).toEqual({
      'the-dependency': { status: 'down', message: 'no answer' },
    });
  });

  it('reads a check of kept state at every probe, not from a background answer', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        MetricsModule,
        AskedModule,
        // Asked again only after a minute: a probe that read the background answer would not see
        // the change.
        HealthModule.forChecks([KeptStateReadinessCheck], { refreshMs: 60_000 }),
      ],
    }).compile();
    app = await moduleRef.createNestApplication({ logger: false }).init();
    await get(app, '/health/ready').expect(200);
    app.get(Dependency).answers = false;
    await get(app, '/health/ready').expect(503);
    app.get(Dependency).answers = true;
    await get(app, '/health/ready').expect(200);
  });

  it('answers from the last answer while a check is still being asked again', async () => {
    app = await appWith([HeldCheck], 60_000);
    await get(app, '/health/ready').expect(200);
    const held = app.get(HeldCheck);
    await pollUntil(() => Promise.resolve({ status: held.calls }), 2);
    // The second question is unanswered: a probe that waited for it would not come back.
    await get(app, '/health/ready').expect(200);
    expect(held.calls).toBe(2);
    held.release?.();
  });

  it('refuses to start when two checks share a name', async () => {
    @Injectable()
    class AnotherAnsweringCheck extends AnsweringCheck {}
    @Module({ providers: [AnotherAnsweringCheck], exports: [AnotherAnsweringCheck] })
    class MoreModule {}
    const moduleRef = await Test.createTestingModule({
      imports: [
        MetricsModule,
        DependenciesModule,
        MoreModule,
        HealthModule.forChecks([AnsweringCheck, AnotherAnsweringCheck]),
      ],
    }).compile();
    await expect(moduleRef.createNestApplication({ logger: false }).init()).rejects.toThrow(
      /repeated: answering/,
    );
  });
});

describe('MetricsModule', () => {
  let app: INestApplication | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('exposes message and HTTP metrics in the Prometheus text format', async () => {
    app = await appWith([AnsweringCheck]);
    app.get(MessageMetrics).recordHandled('articles', 'accepted', 0.02);
    await get(app, '/health/live').expect(200);
    await get(app, '/no/such/path').expect(404);

    const response = await get(app, '/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const lines = response.text.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'sijill_messages_total{topic="articles",outcome="accepted"} 1',
        'sijill_message_handling_seconds_count{topic="articles",outcome="accepted"} 1',
        'sijill_http_request_duration_seconds_count{method="GET",route="/health/live",status_code="200"} 1',
        'sijill_http_request_duration_seconds_count{method="GET",route="unmatched",status_code="404"} 1',
      ]),
    );
    expect(response.text).toContain('sijill_process_cpu_seconds_total');
  });
});
