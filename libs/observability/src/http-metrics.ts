import { Injectable } from '@nestjs/common';
import { Histogram } from 'prom-client';
import { MetricsRegistry } from './metrics-registry';

/** The parts of an Express request the metric reads (Express's types are not a dependency). */
export interface ObservedRequest {
  readonly method?: string;
  readonly baseUrl?: string;
  readonly route?: { readonly path?: unknown };
}

export interface ObservedResponse {
  readonly statusCode: number;
  once(event: 'finish' | 'close', listener: () => void): unknown;
}

/**
 * Times every HTTP request by method, route template and status. The label is the matched route
 * (`/timeline/:id`), never the raw path, so ids and probes of unknown URLs cannot grow the series.
 */
@Injectable()
export class HttpMetrics {
  private readonly duration: Histogram<'method' | 'route' | 'status_code'>;

  constructor(registry: MetricsRegistry) {
    this.duration = new Histogram({
      name: 'sijill_http_request_duration_seconds',
      help: 'Time from receiving an HTTP request to finishing (or abandoning) its response.',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry.registry],
    });
  }

  /** Express-style middleware; the route is read when the response ends, once routing matched. */
  observe(req: ObservedRequest, res: ObservedResponse, next: () => void): void {
    const stop = this.duration.startTimer();
    let done = false;
    const record = (): void => {
      if (done) return;
      done = true;
      const path = req.route?.path;
      stop({
        method: req.method ?? 'UNKNOWN',
        route: typeof path === 'string' ? `${req.baseUrl ?? ''}${path}` : 'unmatched',
        status_code: String(res.statusCode),
      });
    };
    res.once('finish', record);
    // A client that disconnects first (a closed event stream) never sees 'finish'.
    res.once('close', record);
    next();
  }
}
