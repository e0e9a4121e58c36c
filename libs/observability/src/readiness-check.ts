import { Inject, Injectable, type Type } from '@nestjs/common';

/**
 * How a check learns its answer. `round-trip`: it asks a dependency over the network (Kafka,
 * Redis), so it is asked in the background and probes read its last answer. `kept-state`: it reads
 * what the process keeps (its consumers' progress), at once, so every probe reads it afresh.
 */
export type ReadinessSource = 'round-trip' | 'kept-state';

/**
 * One dependency a service needs to do its work (Kafka, Redis). `check` resolves when it answers
 * and rejects with the reason when it does not; `/health/ready` runs every registered check.
 */
export abstract class ReadinessCheck {
  abstract readonly name: string;
  readonly source: ReadinessSource = 'round-trip';
  abstract check(): Promise<void>;
}

/**
 * A readiness check that is one question to one injected dependency, as a provider class named
 * after the check (`'timeline-feed'` gives `TimelineFeedReadinessCheck`):
 * `export const KafkaReadinessCheck = readinessCheckOn('kafka', KafkaConnection, (c) => c.ping());`
 */
export function readinessCheckOn<T>(
  name: string,
  dependency: Type<T>,
  ask: (dependency: T) => Promise<void>,
  source: ReadinessSource = 'round-trip',
): Type<ReadinessCheck> {
  @Injectable()
  class DependencyReadinessCheck extends ReadinessCheck {
    readonly name = name;
    override readonly source = source;

    constructor(@Inject(dependency) private readonly target: T) {
      super();
    }

    check(): Promise<void> {
      return ask(this.target);
    }
  }
  const className = `${name.replace(/(?:^|-)(\p{L})/gu, (_, l: string) => l.toUpperCase())}ReadinessCheck`;
  Object.defineProperty(DependencyReadinessCheck, 'name', { value: className });
  return DependencyReadinessCheck;
}
