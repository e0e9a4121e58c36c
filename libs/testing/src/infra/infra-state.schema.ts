import { z } from 'zod';

/** How to reach and stop/start a provisioned Redis from any process (jest workers, the CLI). */
export const redisDescriptorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('process'),
    url: z.string(),
    host: z.string(),
    port: z.number().int().positive(),
    supervisorPid: z.number().int().positive(),
    dir: z.string(),
  }),
  z.object({
    kind: z.literal('container'),
    url: z.string(),
    host: z.string(),
    port: z.number().int().positive(),
    containerId: z.string(),
  }),
]);
export type RedisDescriptor = z.infer<typeof redisDescriptorSchema>;

export const kafkaDescriptorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('process'),
    brokers: z.string(),
    supervisorPid: z.number().int().positive(),
    dir: z.string(),
  }),
  z.object({ kind: z.literal('container'), brokers: z.string(), containerId: z.string() }),
]);
export type KafkaDescriptor = z.infer<typeof kafkaDescriptorSchema>;

/** `.cache/infra/state.json`, written by `npm run infra:up`. */
export const infraStateSchema = z.object({
  startedAt: z.string(),
  kafka: kafkaDescriptorSchema,
  redis: redisDescriptorSchema,
});
export type InfraState = z.infer<typeof infraStateSchema>;
