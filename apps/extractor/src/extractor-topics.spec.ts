import { describeServiceTopics } from '@sijill/testing';
import { ExtractorModule } from './extractor.module';

describeServiceTopics('extractor', ExtractorModule);
