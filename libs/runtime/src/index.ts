export * from './start-service';
export * from './system-clock';
export * from './worker-pool';
