import { Injectable } from '@nestjs/common';
import { ReadinessCheck } from '@sijill/observability';
import { RedisConnection } from './redis-connection';

/** Ready when Redis answers PING within the command timeout. */
@Injectable()
export class RedisReadinessCheck extends ReadinessCheck {
  readonly name = 'redis';

  constructor(private readonly connection: RedisConnection) {
    super();
  }

  check(): Promise<void> {
    return this.connection.ping();
  }
}
