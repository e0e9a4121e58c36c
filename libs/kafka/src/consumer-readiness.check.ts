import { Injectable } from '@nestjs/common';
import { SijillConfig } from '@sijill/config';
import { ConsumerProgress, ReadinessCheck } from '@sijill/observability';

/**
 * Ready when every consumer of the process runs and no partition with lag has gone without
 * progress for `SIJILL_STALL_TIMEOUT_MS`: a service whose broker answers but whose consumer
 * crashed or is stuck on one message is not doing its work.
 */
@Injectable()
export class ConsumerReadinessCheck extends ReadinessCheck {
  readonly name = 'consumers';
  override readonly source = 'kept-state';

  constructor(
    private readonly progress: ConsumerProgress,
    private readonly config: SijillConfig,
  ) {
    super();
  }

  check(): Promise<void> {
    const problems = this.progress.problems(this.config.consumer.stallTimeoutMs);
    if (problems.length === 0) return Promise.resolve();
    return Promise.reject(new Error(problems.map((p) => `${p.consumer}: ${p.problem}`).join('; ')));
  }
}
