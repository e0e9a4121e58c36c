import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
  type Type,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import { describeError } from '@sijill/logging';
import { ReadinessCheck } from './readiness-check';

/** The `ReadinessCheck` classes a service listed in `HealthModule.forChecks`. */
export const READINESS_CHECK_TYPES = Symbol('READINESS_CHECK_TYPES');
/** How long one check may take before it counts as failed. */
export const READINESS_TIMEOUT_MS = Symbol('READINESS_TIMEOUT_MS');
/** How long after a check's answer it is asked again, in the background. */
export const READINESS_REFRESH_MS = Symbol('READINESS_REFRESH_MS');

/** A check's last answer: up, or down with the reason. */
type Answer = { readonly up: true } | { readonly up: false; readonly message: string };

/**
 * Turns the service's readiness checks into Terminus indicators. The checks are resolved from
 * whichever module provides them, so a service lists them once. A check that makes a round trip is
 * asked in the background, again `refreshMs` after each answer, and a probe reads its last answer:
 * a probe never waits for a dependency's round trip (a Redis PING queued behind a batch's
 * pipelines, a Kafka metadata request behind a transaction), only for the first answer after
 * boot. A check of kept state is read at every probe, so a consumer down for a moment shows. A
 * question still unanswered after the timeout counts as down; it is shared, never asked twice at
 * once.
 */
@Injectable()
export class ReadinessProbe implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(ReadinessProbe.name);
  private checks: readonly ReadinessCheck[] = [];
  private readonly running = new Map<ReadinessCheck, Promise<void>>();
  private readonly failing = new Set<string>();
  private readonly answers = new Map<ReadinessCheck, Promise<Answer>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly indicator: HealthIndicatorService,
    @Inject(READINESS_CHECK_TYPES) private readonly types: readonly Type<ReadinessCheck>[],
    @Inject(READINESS_TIMEOUT_MS) private readonly timeoutMs: number,
    @Inject(READINESS_REFRESH_MS) private readonly refreshMs: number,
  ) {}

  onModuleInit(): void {
    this.checks = this.types.map((type) => this.resolve(type));
    const names = this.checks.map((c) => c.name);
    const repeated = names.filter((name, i) => names.indexOf(name) !== i);
    if (repeated.length > 0) {
      throw new Error(`Readiness check names must be unique; repeated: ${repeated.join(', ')}`);
    }
  }

  /** Starts asking every check in the background. */
  onApplicationBootstrap(): void {
    for (const check of this.checks)
      if (check.source === 'round-trip' && !this.answers.has(check)) void this.refresh(check);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /**
   * One Terminus indicator per check: a round trip's last answer (the first one awaited), kept
   * state read now.
   */
  indicators(): HealthIndicatorFunction[] {
    return this.checks.map((check) => async () => {
      const session = this.indicator.check(check.name);
      const answer =
        check.source === 'kept-state'
          ? await this.ask(check)
          : await (this.answers.get(check) ?? this.refresh(check));
      return answer.up ? session.up() : session.down({ message: answer.message });
    });
  }

  /** Asks `check` now and keeps its answer; asks again `refreshMs` after it. */
  private refresh(check: ReadinessCheck): Promise<Answer> {
    const asked = this.ask(check);
    // The previous answer stands until this one arrives, except before the first.
    if (!this.answers.has(check)) this.answers.set(check, asked);
    void asked.then((answer) => {
      this.answers.set(check, Promise.resolve(answer));
      if (this.stopped) return;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.refresh(check);
      }, this.refreshMs);
      timer.unref();
      this.timers.add(timer);
    });
    return asked;
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

  private async ask(check: ReadinessCheck): Promise<Answer> {
    try {
      await withTimeout(this.shared(check), this.timeoutMs);
      if (this.failing.delete(check.name)) this.log.log({ check: check.name }, 'Dependency ready');
      return { up: true };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Log the change, not every answer: a dependency that is down would otherwise flood the log.
      if (!this.failing.has(check.name)) {
        this.failing.add(check.name);
        this.log.warn({ check: check.name, error: describeError(error) }, 'Dependency not ready');
      }
      return { up: false, message };
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
