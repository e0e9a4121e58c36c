export * from './clock.port';
export * from './dates';
export * from './gazetteer';
export * from './intake';
export * from './near-duplicate';
export * from './normalise';
export * from './normalise-stage';
export * from './timeline';
