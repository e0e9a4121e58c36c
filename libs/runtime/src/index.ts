export * from './start-service';
export * from './system-clock';
