export * from './clock.port';
export * from './intake';
