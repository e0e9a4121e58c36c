import type { RedisClient } from './create-redis-client';

/** Runs a Lua script: the number of keys, then the keys, then the arguments. */
export type RedisScript = (
  numberOfKeys: number,
  ...keysAndArgs: (string | Buffer)[]
) => Promise<unknown>;

/**
 * A Lua script as a command of this client. ioredis runs it by its SHA (EVALSHA) and loads it once
 * per connection when Redis does not know it yet.
 */
export function defineScript(client: RedisClient, name: string, lua: string): RedisScript {
  client.defineCommand(name, { lua });
  const command = (client as unknown as Record<string, RedisScript>)[name];
  if (command === undefined) throw new Error(`ioredis did not define the command ${name}`);
  return command.bind(client);
}
