import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

/** Counts and times handled messages per topic and outcome, and tracks consumer lag. */
@Injectable()
export class MessageMetrics {
  private readonly handled: Counter<'topic' | 'outcome'>;
  private readonly duration: Histogram<'topic' | 'outcome'>;
  private readonly lag: Gauge<'topic' | 'partition'>;

  constructor(registry: MetricsRegistry) {
    const registers: Registry[] = [registry.registry];
    this.handled = new Counter({
      name: 'sijill_messages_total',
      help: 'Messages handled, by topic and outcome.',
      labelNames: ['topic', 'outcome'],
      registers,
    });
    this.duration = new Histogram({
      name: 'sijill_message_handling_seconds',
      help: 'Time to handle one message, from receipt to its outputs being committed.',
      labelNames: ['topic', 'outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.lag = new Gauge({
      name: 'sijill_consumer_lag',
      help: 'Messages behind the end of the partition after the last committed batch.',
      labelNames: ['topic', 'partition'],
      registers,
    });
  }

  recordHandled(topic: string, outcome: string, seconds: number): void {
    this.handled.inc({ topic, outcome });
    this.duration.observe({ topic, outcome }, seconds);
  }

  recordLag(topic: string, partition: number, lag: number): void {
    this.lag.set({ topic, partition: String(partition) }, lag);
  }
}
