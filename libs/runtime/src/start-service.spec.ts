import {
  type DynamicModule,
  type INestApplication,
  Injectable,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { CustomTransportStrategy } from '@nestjs/microservices';
import { ConfigError, ConfigModule, loadConfig, SijillConfig } from '@sijill/config';
import { LoggingModule } from '@sijill/logging';
import type { Server } from 'node:http';
import request from 'supertest';
import { HealthModule, MetricsModule, ReadinessCheck } from '@sijill/observability';
import { startService } from './start-service';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
type Listener = (signal: NodeJS.Signals) => void;

@Injectable()
class AnsweringCheck extends ReadinessCheck {
  readonly name = 'answering';
  check(): Promise<void> {
    return Promise.resolve();
  }
}

/** Stands for the Kafka consumer: records when the bootstrap starts and stops it. */
class RecordingTransport implements CustomTransportStrategy {
  listening = false;
  closed = false;

  listen(callback: () => void): void {
    this.listening = true;
    callback();
  }

  close(): void {
    this.closed = true;
  }
}

/** A provider whose shutdown hook hangs until released, like a broker that never acknowledges. */
@Injectable()
class StuckDisconnect implements OnApplicationShutdown {
  static release: () => void = () => undefined;

  onApplicationShutdown(): Promise<void> {
    return new Promise<void>((resolve) => {
      StuckDisconnect.release = resolve;
    });
  }
}

function serviceModule(extra: { providers?: unknown[] } = {}): DynamicModule {
  const config = loadConfig(
    {
      SIJILL_HTTP_HOST: '127.0.0.1',
      SIJILL_HTTP_PORT: '0',
      SIJILL_SHUTDOWN_TIMEOUT_MS: '200',
      LOG_LEVEL: 'silent',
    },
    { name: 'probe', httpPort: 0 },
  );
  @Module({})
  class ServiceModule {}
  return {
    module: ServiceModule,
    imports: [
      ConfigModule.withConfig(config),
      LoggingModule.forService(),
      MetricsModule,
      HealthModule.forChecks([AnsweringCheck]),
    ],
    providers: [AnsweringCheck, ...((extra.providers ?? []) as [])],
  };
}

/** The signal listeners a test added, so it can deliver a signal without reaching Jest's own. */
function listenersSince(before: Map<string, Listener[]>): Map<string, Listener[]> {
  return new Map(
    SIGNALS.map((s) => [
      s,
      (process.listeners(s) as Listener[]).filter((l) => !before.get(s)?.includes(l)),
    ]),
  );
}

async function until(condition: () => boolean, deadlineMs = 5_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met before the deadline');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('startService', () => {
  let before: Map<string, Listener[]>;
  let exit: jest.SpyInstance;
  let app: INestApplication | undefined;

  beforeEach(() => {
    before = new Map(SIGNALS.map((s) => [s, process.listeners(s) as Listener[]]));
    exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never);
  });

  afterEach(async () => {
    StuckDisconnect.release();
    await app?.close().catch(() => undefined);
    app = undefined;
    for (const [signal, added] of listenersSince(before)) {
      for (const listener of added) process.removeListener(signal, listener);
    }
    exit.mockRestore();
  });

  it('serves HTTP on the configured host after starting the transport', async () => {
    const transport = new RecordingTransport();
    app = await startService(serviceModule(), { transport: () => transport });

    expect(transport.listening).toBe(true);
    const address = (app.getHttpServer() as Server).address() as { address: string; port: number };
    expect(address.address).toBe('127.0.0.1');
    expect(address.port).toBeGreaterThan(0);
    await request(app.getHttpServer() as Server)
      .get('/health/live')
      .expect(200, { status: 'ok' });
    await request(app.getHttpServer() as Server)
      .get('/health/ready')
      .expect(200);
    expect(app.get(SijillConfig).service.name).toBe('probe');

    await app.close();
    expect(transport.closed).toBe(true);
    // Nothing left behind that would swallow a later signal.
    expect([...listenersSince(before).values()].flat()).toEqual([]);
  });

  it('on SIGTERM closes the app and exits 0', async () => {
    const transport = new RecordingTransport();
    app = await startService(serviceModule(), { transport: () => transport });

    for (const listener of listenersSince(before).get('SIGTERM') ?? []) listener('SIGTERM');
    await until(() => exit.mock.calls.length > 0);

    expect(exit.mock.calls).toEqual([[0]]);
    expect(transport.closed).toBe(true);
    // A real exit ends the process here; the mocked one leaves the watchdog armed, so let it fire.
    await until(() => exit.mock.calls.length > 1);
    app = undefined;
  });

  it('exits 1 when shutdown outlasts the shutdown timeout', async () => {
    app = await startService(serviceModule({ providers: [StuckDisconnect] }));

    for (const listener of listenersSince(before).get('SIGTERM') ?? []) listener('SIGTERM');
    await until(() => exit.mock.calls.length > 0);

    expect(exit.mock.calls).toEqual([[1]]);
    StuckDisconnect.release();
    // Once released, the hung close completes and would exit 0; wait for it so nothing runs later.
    await until(() => exit.mock.calls.length > 1);
    app = undefined;
  });

  it('writes a boot failure as one JSON line to stderr and exits 1', async () => {
    const written: string[] = [];
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    @Module({
      providers: [
        {
          provide: SijillConfig,
          useFactory: () => {
            throw new ConfigError(['KAFKA_BROKERS: expected host:port']);
          },
        },
      ],
    })
    class MisconfiguredModule {}

    try {
      await startService(MisconfiguredModule);
    } finally {
      stderr.mockRestore();
    }

    expect(exit.mock.calls).toEqual([[1]]);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/\n$/);
    expect(JSON.parse(written[0] ?? '')).toMatchObject({
      level: 'fatal',
      msg: 'Service failed to start',
      err: {
        type: 'ConfigError',
        code: 'CONFIG_INVALID',
        problems: ['KAFKA_BROKERS: expected host:port'],
      },
    });
  });
});
