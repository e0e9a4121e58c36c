import { ConfigError, loadConfig, type SijillConfig } from '@sijill/config';
import { definedOnly } from '@sijill/contracts';

/** The configuration of a CLI run: the environment, with `--brokers` over KAFKA_BROKERS when given. */
export function loadCliConfig(
  env: Readonly<Record<string, string | undefined>>,
  brokers?: string,
): SijillConfig {
  const overrides = definedOnly({ KAFKA_BROKERS: brokers });
  return loadConfig({ ...env, ...overrides }, { name: 'cli', httpPort: 0 });
}

/**
 * An error met before a run starts its work: a bad configuration or the command's own input error
 * is said on standard error and ends the run with status 1; anything else is a fault, thrown again.
 */
export function exitOnUsageError(
  command: string,
  error: unknown,
  stderr: { write(text: string): unknown },
  inputError: abstract new (message: string) => Error,
): 1 {
  if (error instanceof ConfigError || error instanceof inputError) {
    stderr.write(`sijill ${command}: ${error.message}\n`);
    return 1;
  }
  throw error;
}
