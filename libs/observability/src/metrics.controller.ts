import { Controller, Get, Res } from '@nestjs/common';
import { MetricsRegistry } from './metrics-registry';

interface HeaderTarget {
  setHeader(name: string, value: string): unknown;
}

/** Prometheus scrape endpoint for this process's registry. */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly registry: MetricsRegistry) {}

  @Get()
  async scrape(@Res({ passthrough: true }) res: HeaderTarget): Promise<string> {
    res.setHeader('Content-Type', this.registry.registry.contentType);
    return this.registry.registry.metrics();
  }
}
