import { z } from 'zod';
import { TOPIC_CATALOGUE, type TopicContract } from '../topic-catalogue';
import { TOPICS, type TopicId } from '../topics';

export type JsonSchema = { readonly [keyword: string]: unknown };

/** The JSON Schemas of what one topic carries. */
export interface TopicJsonSchemas {
  readonly payload: JsonSchema;
  readonly headers?: JsonSchema;
}

/** AsyncAPI 3.0 names JSON Schema draft-07 among its schema formats; 2020-12 is not one of them. */
export const JSON_SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';
export const GENERATED_NOTE = 'Generated from libs/contracts by `npm run contracts:generate`.';

/** Draft-07 JSON Schema of a contract, as a validator on the wire sees it (no `$ref`s). */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  // Inlined and cycle-free, so the schema can be embedded anywhere without dangling references.
  return openContentAsTrue(
    z.toJSONSchema(schema, {
      target: 'draft-07',
      io: 'input',
      unrepresentable: 'throw',
      cycles: 'throw',
      reused: 'inline',
    }),
  ) as JsonSchema;
}

/** zod writes an open object as `additionalProperties: {}`; `true` says the same, plainly. */
function openContentAsTrue(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openContentAsTrue);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === 'additionalProperties' && isEmptyObject(value)
        ? [key, true]
        : [key, openContentAsTrue(value)],
    ),
  );
}

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  );
}

/** The payload (and header) schemas of every topic in the catalogue, keyed by topic id. */
export function buildJsonSchemas(
  catalogue: Readonly<Record<TopicId, TopicContract>> = TOPIC_CATALOGUE,
): Record<TopicId, TopicJsonSchemas> {
  const ids = Object.keys(catalogue) as TopicId[];
  return Object.fromEntries(
    ids.map((id) => [id, buildTopicJsonSchemas(id, catalogue[id])]),
  ) as Record<TopicId, TopicJsonSchemas>;
}

function buildTopicJsonSchemas(id: TopicId, contract: TopicContract): TopicJsonSchemas {
  const payload = contract.valueIsRawBytes
    ? rawBytesSchema(id, contract)
    : document(`${TOPICS[id]} value`, contract.summary, toJsonSchema(contract.value));
  if (!contract.headers) return { payload };
  const headers = document(
    `${TOPICS[id]} headers`,
    'Kafka record headers, UTF-8 strings.',
    toJsonSchema(contract.headers),
  );
  return { payload, headers };
}

function document(title: string, summary: string, schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, description, ...rest } = schema;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $comment: GENERATED_NOTE,
    title,
    description: typeof description === 'string' ? description : summary,
    ...rest,
  };
}

function rawBytesSchema(id: TopicId, contract: TopicContract): JsonSchema {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $comment: GENERATED_NOTE,
    title: `${TOPICS[id]} value`,
    description:
      `${contract.summary} The value is the refused message's original bytes, unchanged: usually ` +
      'an attempted article (see the articles schema), but possibly empty, not UTF-8 or not JSON.',
    type: 'string',
    contentMediaType: 'application/octet-stream',
  };
}
