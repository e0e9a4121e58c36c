import { Inject, Injectable, Logger, type OnModuleInit, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import { describeError } from '@sijill/logging';
import { ReadinessCheck } from './readiness-check';

/** The `ReadinessCheck` classes a service listed in `HealthModule.forChecks`. */
export const READINESS_CHECK_TYPES = Symbol('READINESS_CHECK_TYPES');
/** How long one check may take before it counts as failed. */
export const READINESS_TIMEOUT_MS = Symbol('READINESS_TIMEOUT_MS');

/**
 * Turns the service's readiness checks into Terminus indicators. The checks are resolved from
 * whichever module provides them, so a service lists them once; a probe that arrives while a check
 * is still running shares it rather than piling up calls to a dependency that is already slow.
 */
@Injectable()
export class ReadinessProbe implements OnModuleInit {
  private readonly log = new Logger(ReadinessProbe.name);
  private checks: readonly ReadinessCheck[] = [];
  private readonly running = new Map<ReadinessCheck, Promise<void>>();
  private readonly failing = new Set<string>();

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly indicator: HealthIndicatorService,
    @Inject(READINESS_CHECK_TYPES) private readonly types: readonly Type<ReadinessCheck>[],
    @Inject(READINESS_TIMEOUT_MS) private readonly timeoutMs: number,
  ) {}

  onModuleInit(): void {
    this.checks = this.types.map((type) => this.resolve(type));
    const names = this.checks.map((c) => c.name);
    const repeated = names.filter((name, i) => names.indexOf(name) !== i);
    if (repeated.length > 0) {
      throw new Error(`Readiness check names must be unique; repeated: ${repeated.join(', ')}`);
    }
  }

  /** One Terminus indicator per check, to run concurrently. */
  indicators(): HealthIndicatorFunction[] {
    return this.checks.map((check) => () => this.probe(check));
  }

  private resolve(type: Type<ReadinessCheck>): ReadinessCheck {
    let check: unknown;
    try {
      check = this.moduleRef.get(type, { strict: false });
    } catch {
      throw new Error(
        `Readiness check ${type.name} is not provided; import the module that provides it.`,
      );
    }
    if (!(check instanceof ReadinessCheck)) {
      throw new Error(`${type.name} does not extend ReadinessCheck.`);
    }
    return check;
  }

  private async probe(check: ReadinessCheck) {
    const session = this.indicator.check(check.name);
    try {
      await withTimeout(this.shared(check), this.timeoutMs);
      if (this.failing.delete(check.name)) this.log.log({ check: check.name }, 'Dependency ready');
      return session.up();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Log the change, not every probe: a dependency that is down would otherwise flood the log.
      if (!this.failing.has(check.name)) {
        this.failing.add(check.name);
        this.log.warn({ check: check.name, error: describeError(error) }, 'Dependency not ready');
      }
      return session.down({ message });
    }
  }

  private shared(check: ReadinessCheck): Promise<void> {
    let pending = this.running.get(check);
    if (pending === undefined) {
      pending = Promise.resolve()
        .then(() => check.check())
        .finally(() => this.running.delete(check));
      this.running.set(check, pending);
    }
    return pending;
  }
}

async function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
