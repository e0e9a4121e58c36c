import 'reflect-metadata';
import { startService } from '@sijill/observability';
import { ExtractorModule } from './extractor.module';

void startService(ExtractorModule);
