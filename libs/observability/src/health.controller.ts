import { Controller, Get } from '@nestjs/common';
import { HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { ReadinessProbe } from './readiness-probe';

/** Liveness and readiness probes for orchestrators and load balancers. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessProbe,
  ) {}

  /** Touches no dependency: a broker outage must make the service unready, never restart it. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * 200 when every dependency answered in time when last asked (checks run in the background,
   * see `ReadinessProbe`); 503 naming each failing check otherwise.
   */
  @Get('ready')
  ready(): Promise<HealthCheckResult> {
    return this.health.check(this.readiness.indicators());
  }
}
