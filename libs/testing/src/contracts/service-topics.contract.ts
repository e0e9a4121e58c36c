import { MODULE_METADATA } from '@nestjs/common/constants';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { SERVICE_OPERATIONS, topicsOf, type ServiceOperation } from '@sijill/contracts';
import { BATCH_PATTERN_SUFFIX } from '@sijill/kafka';

/** The topics a Nest module's consumers listen to, by their `@EventPattern`s (batch ones included). */
export function consumedTopicsOf(module: object): string[] {
  const controllers = (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? []) as {
    prototype: object;
  }[];
  const patterns = controllers.flatMap(({ prototype }) =>
    Object.getOwnPropertyNames(prototype).flatMap((name) => {
      const handler = (prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function') return [];
      return (Reflect.getMetadata(PATTERN_METADATA, handler) ?? []) as unknown[];
    }),
  );
  return [
    ...new Set(
      patterns
        .filter((p): p is string => typeof p === 'string')
        .map((p) =>
          p.endsWith(BATCH_PATTERN_SUFFIX) ? p.slice(0, -BATCH_PATTERN_SUFFIX.length) : p,
        ),
    ),
  ].sort();
}

/**
 * Checks a service's wiring against the one declaration of who reads and writes which topic
 * (`SERVICE_OPERATIONS`, which the AsyncAPI document and each `main.ts` are built from): its
 * consumers listen to exactly the topics the service receives.
 */
export function describeServiceTopics(service: ServiceOperation['service'], module: object): void {
  describe(`${service}: topics as SERVICE_OPERATIONS declares them`, () => {
    it('has consumers for exactly the topics it receives', () => {
      expect(consumedTopicsOf(module)).toEqual([...topicsOf(service, 'receive')].sort());
    });

    it('is declared in SERVICE_OPERATIONS', () => {
      expect(SERVICE_OPERATIONS.some((o) => o.service === service)).toBe(true);
    });
  });
}
