/** Where a single-node KRaft broker listens and keeps its data. */
export interface BrokerLayout {
  /** Interface the listeners bind to (127.0.0.1 locally, 0.0.0.0 in a container). */
  listenHost: string;
  brokerPort: number;
  controllerPort: number;
  /** host:port that clients are told to use. */
  advertised: string;
  logDir: string;
}

const MESSAGE_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Settings for one combined broker+controller: every internal topic has one replica, small
 * partition counts keep start-up fast, and messages up to 16 MiB pass (tests send 10 MiB).
 */
export function buildBrokerProperties(layout: BrokerLayout): Record<string, string> {
  const controller = `127.0.0.1:${layout.controllerPort}`;
  return {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': `1@${controller}`,
    listeners: `PLAINTEXT://${layout.listenHost}:${layout.brokerPort},CONTROLLER://${controller}`,
    'advertised.listeners': `PLAINTEXT://${layout.advertised}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs': layout.logDir,
    'num.partitions': '3',
    'default.replication.factor': '1',
    'min.insync.replicas': '1',
    'offsets.topic.replication.factor': '1',
    'offsets.topic.num.partitions': '5',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'transaction.state.log.num.partitions': '5',
    'share.coordinator.state.topic.replication.factor': '1',
    'share.coordinator.state.topic.min.isr': '1',
    'group.initial.rebalance.delay.ms': '0',
    'auto.create.topics.enable': 'false',
    'message.max.bytes': String(MESSAGE_MAX_BYTES),
    'replica.fetch.max.bytes': String(MESSAGE_MAX_BYTES),
    'num.recovery.threads.per.data.dir': '1',
    'log.cleaner.dedupe.buffer.size': String(8 * 1024 * 1024),
  };
}

/** The properties as a Java .properties file. */
export function formatProperties(properties: Record<string, string>): string {
  const escape = (text: string): string => text.replace(/\\/g, '\\\\').replace(/([=:#!])/g, '\\$1');
  return (
    Object.entries(properties)
      .map(([key, value]) => `${key}=${escape(value)}`)
      .join('\n') + '\n'
  );
}

/**
 * The properties as environment variables for the apache/kafka image, whose entrypoint maps
 * `KAFKA_A_B` to `a.b`, `__` to `_` and `___` to `-`.
 */
export function toKafkaImageEnvironment(
  properties: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [
      'KAFKA_' + key.replace(/_/g, '__').replace(/-/g, '___').replace(/\./g, '_').toUpperCase(),
      value,
    ]),
  );
}

/** log4j 1.x (reload4j) settings: INFO for the broker's own story, WARN for chatty internals. */
export function buildBrokerLog4j(logFile: string): string {
  return [
    'log4j.rootLogger=INFO, file',
    'log4j.appender.file=org.apache.log4j.FileAppender',
    `log4j.appender.file.File=${logFile.replace(/\\/g, '\\\\')}`,
    'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.logger.kafka.request.logger=WARN',
    'log4j.logger.kafka.network.RequestChannel$=WARN',
    'log4j.logger.state.change.logger=WARN',
    'log4j.logger.kafka.log.LogCleaner=WARN',
    'log4j.logger.kafka.controller=WARN',
    'log4j.logger.org.apache.kafka.controller=WARN',
    'log4j.logger.org.apache.kafka.raft=WARN',
    'log4j.logger.org.apache.kafka.storage=WARN',
    'log4j.logger.kafka.log=WARN',
    'log4j.logger.org.apache.kafka.storage.internals.log=WARN',
    '',
  ].join('\n');
}
