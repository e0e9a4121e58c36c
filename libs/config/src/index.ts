export * from './config.error';
export * from './config.module';
export * from './config.schema';
export * from './load-config';
export * from './sijill-config';
