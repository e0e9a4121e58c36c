import { NestFactory } from '@nestjs/core';
import { SijillConfig } from '@sijill/config';
import { Logger } from 'nestjs-pino';
import { GatewayModule } from './gateway.module';

// NestFactory directly rather than `startService`: POST /articles reads its own raw body (its own
// size limit, JSON Lines, intake's byte-level checks), so Nest's body parser must stay off, and
// `startService` has no option for that yet.
async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(GatewayModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const { host, port } = app.get(SijillConfig).service.http;
  await app.listen(port, host);
}

bootstrap().catch((error: unknown) => {
  const err =
    error instanceof Error
      ? { type: error.name, message: error.message }
      : { message: String(error) };
  process.stderr.write(
    `${JSON.stringify({ level: 'fatal', msg: 'Service failed to start', err })}\n`,
  );
  process.exit(1);
});
