export * from './message-metrics';
export * from './metrics-registry';
export * from './readiness-check';
export * from './system-clock';
export * from './health.module';
export * from './metrics.module';
export * from './start-service';
export * from './consumer-progress';
