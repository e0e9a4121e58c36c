import { describeServiceTopics } from '@sijill/testing';
import { TimelineModule } from './timeline.module';

describeServiceTopics('timeline', TimelineModule);
