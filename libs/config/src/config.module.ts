import { type DynamicModule, Module } from '@nestjs/common';
import { loadConfig, type ServiceDefaults } from './load-config';
import { SijillConfig } from './sijill-config';

/** Provides the validated `SijillConfig`; the process fails at boot when it is invalid. */
@Module({})
export class ConfigModule {
  static forService(service: ServiceDefaults): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: SijillConfig, useFactory: () => loadConfig(process.env, service) }],
      exports: [SijillConfig],
    };
  }

  /** For tests and embedding: a config built elsewhere. */
  static withConfig(config: SijillConfig): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: SijillConfig, useValue: config }],
      exports: [SijillConfig],
    };
  }
}
