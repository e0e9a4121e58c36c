import {
  buildBrokerProperties,
  formatProperties,
  toKafkaImageEnvironment,
} from './build-broker-properties';

const layout = {
  listenHost: '127.0.0.1',
  brokerPort: 40001,
  controllerPort: 40002,
  advertised: '127.0.0.1:40001',
  logDir: '/tmp/kafka-data',
};

describe('buildBrokerProperties', () => {
  const properties = buildBrokerProperties(layout);

  it.each([
    ['offsets.topic.replication.factor', '1'],
    ['transaction.state.log.replication.factor', '1'],
    ['transaction.state.log.min.isr', '1'],
    ['default.replication.factor', '1'],
    ['offsets.topic.num.partitions', '5'],
    ['group.initial.rebalance.delay.ms', '0'],
    ['auto.create.topics.enable', 'false'],
    ['num.partitions', '3'],
    ['message.max.bytes', String(16 * 1024 * 1024)],
    ['replica.fetch.max.bytes', String(16 * 1024 * 1024)],
    ['listeners', 'PLAINTEXT://127.0.0.1:40001,CONTROLLER://127.0.0.1:40002'],
    ['advertised.listeners', 'PLAINTEXT://127.0.0.1:40001'],
    ['controller.quorum.voters', '1@127.0.0.1:40002'],
    ['log.dirs', '/tmp/kafka-data'],
  ])('sets %s to %s', (key, value) => {
    expect(properties[key]).toBe(value);
  });
});

describe('formatProperties', () => {
  it.each([
    [{ 'a.b': 'c' }, 'a.b=c\n'],
    [{ listeners: 'PLAINTEXT://h:1' }, 'listeners=PLAINTEXT\\://h\\:1\n'],
    [{ dir: 'C:\\data' }, 'dir=C\\:\\\\data\n'],
  ])('writes %j as %j', (properties, text) => {
    expect(formatProperties(properties)).toBe(text);
  });
});

describe('toKafkaImageEnvironment', () => {
  it.each([
    ['node.id', 'KAFKA_NODE_ID'],
    ['offsets.topic.replication.factor', 'KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR'],
    ['some_setting.name', 'KAFKA_SOME__SETTING_NAME'],
    ['with-dash', 'KAFKA_WITH___DASH'],
  ])('names %s as %s', (key, variable) => {
    expect(toKafkaImageEnvironment({ [key]: 'v' })).toEqual({ [variable]: 'v' });
  });
});
