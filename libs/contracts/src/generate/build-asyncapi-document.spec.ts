import { DEAD_LETTER_HEADERS } from '../dead-letter.schema';
import { TOPIC_CATALOGUE } from '../topic-catalogue';
import { TOPICS, type TopicId } from '../topics';
import { buildAsyncApiDocument, operationId } from './build-asyncapi-document';
import { buildJsonSchemas } from './build-json-schemas';
import { SERVICE_OPERATIONS } from '../service-operations';

// @asyncapi/parser is not a dependency; these checks hold the document to the AsyncAPI 3.0
// structure that the generator relies on (references resolve, operations point at real channels).

type Node = Record<string, unknown>;

const document = buildAsyncApiDocument({
  version: '1.2.3',
  catalogue: TOPIC_CATALOGUE,
  schemas: buildJsonSchemas(),
  operations: SERVICE_OPERATIONS,
});
const ids = Object.keys(TOPICS) as TopicId[];

function at(value: unknown, ...path: string[]): Node {
  let node = value;
  for (const key of path) node = (node as Node | undefined)?.[key];
  if (typeof node !== 'object' || node === null) throw new Error(`Nothing at ${path.join('/')}`);
  return node as Node;
}

/** Resolves a local JSON pointer (`#/a/b`) against the document, as an AsyncAPI parser would. */
function resolve(ref: string): Node {
  expect(ref.startsWith('#/')).toBe(true);
  const path = ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  return at(document, ...path);
}

function refsIn(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [child] : refsIn(child),
  );
}

/** The payload's JSON Schema behind the message's references. */
function payloadSchema(id: TopicId): Node {
  const message = resolve(String(at(document, 'channels', id, 'messages', id).$ref));
  const payload = resolve(String(at(message, 'payload').$ref));
  expect(payload.schemaFormat).toBe('application/schema+json;version=draft-07');
  return at(payload, 'schema');
}

describe('buildAsyncApiDocument', () => {
  it('is an AsyncAPI 3.0 document with a title, a version and Kafka servers', () => {
    expect(document.asyncapi).toBe('3.0.0');
    expect(at(document, 'info')).toMatchObject({ title: 'Sijill', version: '1.2.3' });
    for (const server of Object.values(at(document, 'servers'))) {
      expect(server).toMatchObject({ protocol: 'kafka' });
      expect(typeof (server as Node).host).toBe('string');
    }
  });

  it('has exactly one channel per topic id', () => {
    expect(Object.keys(at(document, 'channels')).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('addresses channel %s by its documented topic name', (id) => {
    expect(at(document, 'channels', id).address).toBe(TOPICS[id]);
  });

  it('mentions the topic namespace that may prefix every address', () => {
    expect(at(document, 'info').description).toContain('SIJILL_TOPIC_NAMESPACE');
  });

  it.each(ids)('gives %s its cleanup policy and key as Kafka bindings', (id) => {
    const contract = TOPIC_CATALOGUE[id];
    expect(at(document, 'channels', id, 'bindings', 'kafka', 'topicConfiguration')).toEqual({
      'cleanup.policy': [contract.cleanupPolicy],
    });
    const message = resolve(String(at(document, 'channels', id, 'messages', id).$ref));
    expect(at(message, 'bindings', 'kafka', 'key')).toEqual({
      type: 'string',
      description: contract.key,
    });
  });

  it('compacts the timeline and only the timeline', () => {
    const compacted = ids.filter(
      (id) =>
        at(document, 'channels', id, 'bindings', 'kafka', 'topicConfiguration')[
          'cleanup.policy'
        ]?.toString() === 'compact',
    );
    expect(compacted).toEqual(['timeline']);
  });

  it.each(ids)('tags %s as public or internal, as the catalogue says', (id) => {
    const visibility = TOPIC_CATALOGUE[id].visibility;
    expect(at(document, 'channels', id).tags).toEqual([{ name: visibility }]);
    expect(String(at(document, 'channels', id).description)).toMatch(
      new RegExp(`^${visibility}`, 'i'),
    );
  });

  it('requires body in an article and allows properties it does not name', () => {
    const schema = payloadSchema('articles');
    expect(schema.required).toEqual(['body']);
    expect(schema.additionalProperties).toBe(true);
    expect(Object.keys(at(schema, 'properties'))).toContain('body');
  });

  it('carries the dead-letter headers and says the value is the original bytes', () => {
    const message = resolve(
      String(at(document, 'channels', 'deadLetter', 'messages', 'deadLetter').$ref),
    );
    expect(message.contentType).toBe('application/octet-stream');
    expect(String(message.description)).toMatch(/original bytes/);
    const headers = resolve(String(at(message, 'headers').$ref));
    expect(Object.keys(at(headers, 'schema', 'properties')).sort()).toEqual(
      Object.values(DEAD_LETTER_HEADERS).sort(),
    );
  });

  it('resolves every local reference', () => {
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(() => resolve(ref)).not.toThrow();
  });

  it.each([
    ['gatewaySendsArticles', 'send', 'articles'],
    ['ingestorReceivesArticles', 'receive', 'articles'],
    ['ingestorSendsAccepted', 'send', 'accepted'],
    ['ingestorSendsDuplicates', 'send', 'duplicates'],
    ['ingestorSendsDeadLetter', 'send', 'deadLetter'],
    ['normaliserReceivesAccepted', 'receive', 'accepted'],
    ['normaliserSendsUnique', 'send', 'unique'],
    ['normaliserSendsDuplicates', 'send', 'duplicates'],
    ['extractorReceivesUnique', 'receive', 'unique'],
    ['extractorSendsMentions', 'send', 'mentions'],
    ['timelineReceivesMentions', 'receive', 'mentions'],
    ['timelineReceivesDuplicates', 'receive', 'duplicates'],
    ['timelineSendsTimeline', 'send', 'timeline'],
  ] as const)('has operation %s: %s on %s', (id, action, topic) => {
    const operation = at(document, 'operations', id);
    expect(operation.action).toBe(action);
    expect(operation.channel).toEqual({ $ref: `#/channels/${topic}` });
  });

  it('lists each operation once, with messages that belong to its channel', () => {
    const operations = at(document, 'operations');
    expect(Object.keys(operations)).toHaveLength(SERVICE_OPERATIONS.length);
    for (const operation of SERVICE_OPERATIONS) {
      const entry = at(operations, operationId(operation));
      expect(['send', 'receive']).toContain(entry.action);
      for (const ref of refsIn(entry.messages)) {
        expect(ref.startsWith(`${String(at(entry, 'channel').$ref)}/messages/`)).toBe(true);
      }
    }
  });

  it('has every internal topic both sent and received by Sijill', () => {
    for (const id of ids.filter((i) => TOPIC_CATALOGUE[i].visibility === 'internal')) {
      const actions = SERVICE_OPERATIONS.filter((o) => o.topic === id).map((o) => o.action);
      expect({ id, send: actions.includes('send'), receive: actions.includes('receive') }).toEqual({
        id,
        send: true,
        receive: true,
      });
    }
  });
});
