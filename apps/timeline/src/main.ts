import 'reflect-metadata';
import { startService } from '@sijill/observability';
import { TimelineModule } from './timeline.module';

void startService(TimelineModule);
