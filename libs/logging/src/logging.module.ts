import { type DynamicModule, Module } from '@nestjs/common';
import { SijillConfig } from '@sijill/config';
import { LoggerModule } from 'nestjs-pino';

const QUIET_PATHS = ['/health/live', '/health/ready', '/metrics'];

/**
 * JSON-lines logging for a service: Nest's `Logger` in every class writes through pino, with the
 * service and instance on every line and credentials redacted.
 */
@Module({})
export class LoggingModule {
  static forService(): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [SijillConfig],
          useFactory: (config: SijillConfig) => ({
            pinoHttp: {
              level: config.log.level,
              base: { service: config.service.name, instance: config.service.instanceId },
              messageKey: 'msg',
              timestamp: () => `,"time":"${new Date().toISOString()}"`,
              formatters: { level: (label: string) => ({ level: label }) },
              redact: ['req.headers.authorization', 'req.headers.cookie'],
              autoLogging: { ignore: (req) => QUIET_PATHS.includes(req.url ?? '') },
            },
          }),
        }),
      ],
    };
  }
}
