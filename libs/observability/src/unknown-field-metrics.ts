import { Injectable, Logger } from '@nestjs/common';
import { UnknownFieldTally } from '@sijill/core';
import { Counter } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

/**
 * Counts article fields the contract does not name, which readers ignore (ADR 0007), in
 * `sijill_article_unknown_fields_total{field}`, and logs each name once per process. At most 64
 * names are kept as labels; the rest are counted as `(other)`.
 */
@Injectable()
export class UnknownFieldMetrics {
  private readonly log = new Logger(UnknownFieldMetrics.name);
  private readonly tally = new UnknownFieldTally();
  private readonly counter: Counter<'field'>;

  constructor(registry: MetricsRegistry) {
    this.counter = new Counter({
      name: 'sijill_article_unknown_fields_total',
      help: 'Top-level article fields the contract does not name, ignored, by field name.',
      labelNames: ['field'],
      registers: [registry.registry],
    });
  }

  record(unknownFields: readonly string[]): void {
    if (unknownFields.length === 0) return;
    const { labels, firstSeen } = this.tally.add(unknownFields);
    for (const field of labels) this.counter.inc({ field });
    for (const field of firstSeen) this.log.warn({ field }, 'Unknown article field ignored');
  }
}
