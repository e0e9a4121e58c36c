import { describeServiceTopics } from '@sijill/testing';
import { GatewayModule } from './gateway.module';

describeServiceTopics('gateway', GatewayModule);
