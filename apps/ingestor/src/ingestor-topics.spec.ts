import { describeServiceTopics } from '@sijill/testing';
import { IngestorModule } from './ingestor.module';

describeServiceTopics('ingestor', IngestorModule);
