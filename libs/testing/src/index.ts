export * from './builders/bad-article-messages';
export * from './contracts/seen-article-index.contract';
export * from './e2e/service-process';
export * from './e2e/test-environment';
export * from './e2e/service-rig-for-suite';
export * from './e2e/topic-probe';
export * from './e2e/article-producer';
export * from './e2e/compare-timelines';
export * from './e2e/write-pipeline-corpus';
export { startKafka, type KafkaHandle } from './infra/start-kafka';
export { startRedis, type RedisHandle } from './infra/start-redis';
export { pollUntil, type PollOutcome } from './infra/poll-until';
export { controlKafka, controlProvisionedKafka, type KafkaControl } from './infra/control-kafka';
export {
  controlProvisionedRedis,
  findProvisionedRedisControl,
  type RedisControl,
} from './infra/control-redis';
export * from './contracts/near-duplicate-index.contract';
export {
  devSetDir,
  loadDevSet,
  loadTimelineGold,
  type DevSetCase,
} from './fixtures/dev-set/load-dev-set';
export * from './contracts/timeline-store.contract';
export * from './builders/accepted-article';
export * from './builders/distinct-story';
export * from './builders/example-article';
export * from './builders/read-one-sentence';
export * from './builders/entry-source';
export * from './builders/timeline-entry';
export * from './builders/timeline-read-request';
export * from './e2e/test-redis-connections';
export { heldOutDir, loadHeldOut } from './fixtures/held-out/load-held-out';
export { sharedDir, sharedPath } from './fixtures/shared-dir';
export * from './e2e/pipeline-services';
export * from './e2e/chromium';
export { syntheticArabicWireArticle } from './bench/synthetic-arabic-wire-article';
export { rawArticles } from './bench/corpus-day';
export * from './e2e/java-console-producer';
export { toUniqueArticle } from './reports/report-extraction';
export * from './reports/measure-office-coverage';
export * from './e2e/service-rig';
export * from './e2e/describe-offline-online-parity';
export { exactJaccard } from './fixtures/near-duplicate-pairs/evaluate-labelled-pairs';
export * from './builders/timeline-mentions';
export * from './contracts/service-topics.contract';
