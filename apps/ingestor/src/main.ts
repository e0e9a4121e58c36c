import 'reflect-metadata';
import { SijillConfig } from '@sijill/config';
import { topicsOf } from '@sijill/contracts';
import { KafkaBatchTransport } from '@sijill/kafka';
import { ConsumerProgress, MessageMetrics } from '@sijill/observability';
import { startService } from '@sijill/runtime';
import { IngestorModule } from './ingestor.module';

void startService(IngestorModule, {
  transport: (app) =>
    new KafkaBatchTransport(
      app.get(SijillConfig),
      app.get(MessageMetrics),
      app.get(ConsumerProgress),
      topicsOf('ingestor', 'send'),
    ),
});
