import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import type { ReadinessCheck } from './readiness-check';
import {
  READINESS_CHECK_TYPES,
  READINESS_REFRESH_MS,
  READINESS_TIMEOUT_MS,
  ReadinessProbe,
} from './readiness-probe';

/** Options of `HealthModule.forChecks`. */
export interface HealthOptions {
  /** How long one check may take before it counts as failed (default 2000 ms). */
  readonly timeoutMs?: number;
  /**
   * How long after a check's answer it is asked again (default 1000 ms); `/health/ready` answers
   * from the last answers, so it says what was true at most this long (plus the timeout) ago.
   */
  readonly refreshMs?: number;
}

/**
 * `GET /health/live` and `GET /health/ready` for a service. The readiness checks are listed here,
 * once, and provided by the modules the app already imports (`KafkaModule`, `RedisModule`).
 */
@Module({})
export class HealthModule {
  /**
   * Ready when all these checks pass; they run concurrently in the background, each bounded by
   * the timeout.
   */
  static forChecks(
    checks: readonly Type<ReadinessCheck>[],
    options: HealthOptions = {},
  ): DynamicModule {
    return {
      module: HealthModule,
      // Terminus's own log repeats every failed probe; ReadinessProbe logs changes instead.
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        ReadinessProbe,
        { provide: READINESS_CHECK_TYPES, useValue: checks },
        { provide: READINESS_TIMEOUT_MS, useValue: options.timeoutMs ?? 2_000 },
        { provide: READINESS_REFRESH_MS, useValue: options.refreshMs ?? 1_000 },
      ],
    };
  }
}
