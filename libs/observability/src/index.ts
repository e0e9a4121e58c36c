export * from './message-metrics';
export * from './metrics-registry';
export * from './unknown-field-metrics';
export * from './readiness-check';
export * from './health.module';
export * from './metrics.module';
export * from './consumer-progress';
