import type { z } from 'zod';
import { InfrastructureError, type InfrastructureErrorCode } from './infrastructure.error';

/**
 * The descriptor of a provisioned server that the jest global setup handed to its workers in an
 * environment variable, checked against its schema; undefined when the variable is not set.
 */
export function readControlDescriptor<S extends z.ZodType>(
  variable: string,
  schema: S,
  code: InfrastructureErrorCode,
  what: string,
): z.infer<S> | undefined {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new InfrastructureError(code, `${variable} is not JSON`, { cause: error });
  }
  const descriptor = schema.safeParse(parsed);
  if (!descriptor.success) {
    throw new InfrastructureError(
      code,
      `${variable} is not a ${what} descriptor: ${descriptor.error.message}`,
    );
  }
  return descriptor.data;
}
