import {
  type DynamicModule,
  type INestApplication,
  Logger as NestLogger,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { CustomTransportStrategy } from '@nestjs/microservices';
import { SijillConfig } from '@sijill/config';
import { describeError } from '@sijill/logging';
import type { Server } from 'node:http';
import { Logger } from 'nestjs-pino';
import { RethrowRpcExceptionsFilter } from './rethrow-rpc-exceptions.filter';
import { definedOnly } from '@sijill/contracts';

/** What differs between services at boot; everything else comes from `SijillConfig`. */
export interface StartServiceOptions {
  /** Builds the message transport (the Kafka consumer) from the app's providers. */
  readonly transport?: (app: INestApplication) => CustomTransportStrategy;
  /**
   * Destroys open HTTP connections on shutdown rather than waiting for them to end; a service
   * holding long-lived responses (event streams) needs it to stop within its shutdown timeout.
   */
  readonly forceCloseConnections?: boolean;
  /** Nest's JSON body parser; off for a service that reads raw request bodies itself. */
  readonly bodyParser?: boolean;
}

const SHUTDOWN_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Boots a Sijill service: JSON logs from the first line, the optional message transport, HTTP on
 * the configured host and port, and a shutdown on SIGTERM/SIGINT that cannot outlast
 * `SIJILL_SHUTDOWN_TIMEOUT_MS`. A boot failure (an invalid configuration included) is written to
 * stderr as one JSON line and the process exits with status 1.
 */
export async function startService(
  rootModule: Type<unknown> | DynamicModule,
  options: StartServiceOptions = {},
): Promise<INestApplication> {
  const log = new NestLogger('Service');
  let app: INestApplication | undefined;
  try {
    app = await NestFactory.create(rootModule, {
      bufferLogs: true,
      bodyParser: options.bodyParser ?? true,
      // Flushed once pino is in place; on a boot failure Nest would print them as plain text.
      autoFlushLogs: false,
      abortOnError: false,
      forceCloseConnections: options.forceCloseConnections ?? false,
    });
    app.useLogger(app.get(Logger));
    app.flushLogs();
    const config = app.get(SijillConfig);
    // useProcessExit so pino's last lines are flushed through the 'exit' event.
    app.enableShutdownHooks([...SHUTDOWN_SIGNALS], { useProcessExit: true });
    boundShutdown(app, config.service.shutdownTimeoutMs, log);
    if (options.transport) {
      // Deferred so the filter is in place before Nest binds the handlers.
      app
        .connectMicroservice(
          { strategy: options.transport(app) },
          { inheritAppConfig: true, deferInitialization: true },
        )
        .useGlobalFilters(new RethrowRpcExceptionsFilter());
    }
    await app.init();
    await app.startAllMicroservices();
    applyHttpTimeouts(app.getHttpServer() as Server, config.service.http);
    await app.listen(config.service.http.port, config.service.http.host);
    const address = (app.getHttpServer() as Server).address();
    log.log(
      {
        host: config.service.http.host,
        port:
          typeof address === 'object' && address !== null ? address.port : config.service.http.port,
      },
      'Service started',
    );
    return app;
  } catch (error) {
    process.stderr.write(`${bootFailureLine(error, app)}\n`);
    if (app) await closeWithin(app, 2_000);
    process.exit(1);
  }
}

/**
 * Arms a timer on the first shutdown signal; if closing hangs, the process still ends. The timer
 * keeps the process alive on purpose: a hook awaiting a promise nothing will settle must not pass
 * for a clean exit.
 */
function boundShutdown(app: INestApplication, timeoutMs: number, log: NestLogger): void {
  let timer: NodeJS.Timeout | undefined;
  const arm = (signal: NodeJS.Signals): void => {
    if (timer !== undefined) return;
    log.log({ signal, timeoutMs }, 'Service stopping');
    timer = setTimeout(() => {
      log.error({ signal, timeoutMs }, 'Shutdown timed out');
      process.exit(1);
    }, timeoutMs);
  };
  for (const signal of SHUTDOWN_SIGNALS) process.on(signal, arm);
  // A closed app (signal or a test's app.close()) must leave no listener that swallows signals.
  (app.getHttpServer() as Server).once('close', () => {
    for (const signal of SHUTDOWN_SIGNALS) process.removeListener(signal, arm);
  });
}

function bootFailureLine(error: unknown, app: INestApplication | undefined): string {
  let service: string | undefined;
  try {
    service = app?.get(SijillConfig).service.name;
  } catch {
    service = undefined;
  }
  return JSON.stringify({
    level: 'fatal',
    time: new Date().toISOString(),
    ...definedOnly({ service }),
    msg: 'Service failed to start',
    err: describeStartError(error),
  });
}

/** The error's fields as every log line gives them, plus its stack and a config error's problems. */
function describeStartError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { ...describeError(error) };
  const { problems } = error as Error & { problems?: unknown };
  return {
    ...describeError(error),
    ...(Array.isArray(problems) ? { problems } : {}),
    stack: error.stack,
  };
}

/** Releases what did start (broker sessions, sockets); a hung close must not block the exit. */
async function closeWithin(app: INestApplication, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    app.close().catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}

/**
 * Cuts clients that send headers or a request too slowly, or keep a connection idle, so a few
 * slow or silent sockets cannot hold the server's connections. Long responses are not affected.
 */
export function applyHttpTimeouts(server: Server, http: SijillConfig['service']['http']): void {
  server.headersTimeout = http.headersTimeoutMs;
  server.requestTimeout = Math.max(http.requestTimeoutMs, http.headersTimeoutMs);
  server.keepAliveTimeout = http.idleTimeoutMs;
}
