import { type TopicContract } from '../topic-catalogue';
import { TOPICS, type TopicId } from '../topics';
import { JSON_SCHEMA_DIALECT, type JsonSchema, type TopicJsonSchemas } from './build-json-schemas';
import { type ServiceOperation } from '../service-operations';

/** Everything the AsyncAPI document is derived from; passed in so the build stays pure. */
export interface AsyncApiSources {
  readonly version: string;
  readonly catalogue: Readonly<Record<TopicId, TopicContract>>;
  readonly schemas: Readonly<Record<TopicId, TopicJsonSchemas>>;
  readonly operations: readonly ServiceOperation[];
}

export type AsyncApiDocument = Record<string, unknown>;

const KAFKA_BINDING_VERSION = '0.5.0';
const SCHEMA_FORMAT = 'application/schema+json;version=draft-07';

const VISIBILITY_TAGS = {
  public: 'A stable, documented interface: produce to it or subscribe to it from outside Sijill.',
  internal: "Connects Sijill's own stages; its name and shape may change between releases.",
} as const;

const DESCRIPTION = [
  'Sijill turns a stream of news articles into a merged timeline of diplomatic events.',
  '',
  'Channels are keyed by logical topic id; each address is the documented topic name. When',
  '`SIJILL_TOPIC_NAMESPACE` is set, every physical topic name is `<namespace>.<address>`',
  '(for example `staging.news.articles.v1`), so several deployments can share one cluster.',
  '',
  'Values are UTF-8 JSON unless a message says otherwise. Sijill creates missing topics with',
  '`SIJILL_TOPIC_PARTITIONS` partitions and the cleanup policy given in each channel binding.',
].join('\n');

/** An AsyncAPI 3.0 document for every topic in the catalogue and every Sijill operation on it. */
export function buildAsyncApiDocument(sources: AsyncApiSources): AsyncApiDocument {
  const ids = Object.keys(sources.catalogue) as TopicId[];
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Sijill',
      version: sources.version,
      description: DESCRIPTION,
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      tags: Object.entries(VISIBILITY_TAGS).map(([name, description]) => ({ name, description })),
    },
    defaultContentType: 'application/json',
    servers: {
      local: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description:
          'The default of `KAFKA_BROKERS`; `kafka:9092` inside docker compose. Set ' +
          '`KAFKA_BROKERS`, `KAFKA_SSL` and `KAFKA_SASL_*` for another cluster.',
      },
    },
    channels: Object.fromEntries(ids.map((id) => [id, channel(id, sources.catalogue[id])])),
    operations: Object.fromEntries(
      sources.operations.map((operation) => [operationId(operation), toOperation(operation)]),
    ),
    components: {
      schemas: Object.fromEntries(ids.flatMap((id) => schemaComponents(id, sources.schemas[id]))),
      messages: Object.fromEntries(
        ids.map((id) => [id, message(id, sources.catalogue[id], sources.schemas[id])]),
      ),
    },
  };
}

/** `ingestorReceivesArticles`: who does what to which topic. */
export function operationId(operation: ServiceOperation): string {
  const verb = operation.action === 'send' ? 'Sends' : 'Receives';
  return `${operation.component}${verb}${capitalise(operation.topic)}`;
}

function channel(id: TopicId, contract: TopicContract): Record<string, unknown> {
  return {
    address: TOPICS[id],
    title: TOPICS[id],
    summary: contract.summary,
    description: [
      `${capitalise(contract.visibility)} topic. ${VISIBILITY_TAGS[contract.visibility]}`,
      `Key: ${contract.key}`,
      contract.cleanupPolicy === 'compact'
        ? 'Log-compacted: Kafka keeps at least the latest value per key, so a new subscriber ' +
          'reads the current state from the beginning and then follows it.'
        : 'Cleanup policy delete: records expire with the retention settings of the cluster.',
    ].join('\n\n'),
    messages: { [id]: { $ref: `#/components/messages/${id}` } },
    tags: [{ name: contract.visibility }],
    bindings: {
      kafka: {
        topicConfiguration: { 'cleanup.policy': [contract.cleanupPolicy] },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

function message(
  id: TopicId,
  contract: TopicContract,
  schemas: TopicJsonSchemas,
): Record<string, unknown> {
  return {
    name: id,
    title: `${TOPICS[id]} record`,
    summary: contract.summary,
    ...(contract.valueIsRawBytes
      ? {
          description:
            "The value is the refused message's original bytes, unchanged (empty, not UTF-8 or " +
            'not JSON included); the headers say why and where it was read from.',
        }
      : {}),
    contentType: contract.valueIsRawBytes ? 'application/octet-stream' : 'application/json',
    ...(schemas.headers ? { headers: { $ref: `#/components/schemas/${id}Headers` } } : {}),
    payload: { $ref: `#/components/schemas/${id}Payload` },
    tags: [{ name: contract.visibility }],
    bindings: {
      kafka: {
        key: { type: 'string', description: contract.key },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

function schemaComponents(id: TopicId, schemas: TopicJsonSchemas): [string, unknown][] {
  const components: [string, unknown][] = [[`${id}Payload`, multiFormat(schemas.payload)]];
  if (schemas.headers) components.push([`${id}Headers`, multiFormat(schemas.headers)]);
  return components;
}

function multiFormat(schema: JsonSchema): Record<string, unknown> {
  // The format is stated once by schemaFormat; the per-file bookkeeping keywords stay in the files.
  const { $schema, $comment: _note, ...rest } = schema;
  if ($schema !== JSON_SCHEMA_DIALECT)
    throw new Error(`Unexpected schema dialect: ${String($schema)}`);
  return { schemaFormat: SCHEMA_FORMAT, schema: rest };
}

function toOperation(operation: ServiceOperation): Record<string, unknown> {
  const host =
    operation.component === operation.service ? '' : ` (runs in the ${operation.service} app)`;
  return {
    action: operation.action,
    channel: { $ref: `#/channels/${operation.topic}` },
    title: `${capitalise(operation.component)} ${operation.action}s ${TOPICS[operation.topic]}`,
    summary: operation.summary,
    description: `The ${operation.component}${host} ${operation.action === 'send' ? 'produces to' : 'consumes'} this channel.`,
    messages: [{ $ref: `#/channels/${operation.topic}/messages/${operation.topic}` }],
    tags: [{ name: `service:${operation.service}` }],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
