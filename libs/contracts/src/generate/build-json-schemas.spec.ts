import { DEAD_LETTER_HEADERS } from '../dead-letter.schema';
import { TOPICS, type TopicId } from '../topics';
import { buildJsonSchemas, JSON_SCHEMA_DIALECT, type JsonSchema } from './build-json-schemas';

const schemas = buildJsonSchemas();
const ids = Object.keys(TOPICS) as TopicId[];

/** Every object schema in a tree, with its path, for rules that must hold at any depth. */
function objectSchemas(schema: unknown, path = '#'): [string, Record<string, unknown>][] {
  if (typeof schema !== 'object' || schema === null) return [];
  const children = Object.entries(schema).flatMap(([key, value]) =>
    objectSchemas(value, `${path}/${key}`),
  );
  const node = schema as Record<string, unknown>;
  return node.type === 'object' ? [[path, node], ...children] : children;
}

function required(schema: JsonSchema): unknown {
  return schema.required;
}

describe('buildJsonSchemas', () => {
  it.each(ids)('gives %s a draft-07 payload schema with a title and a description', (id) => {
    const { payload } = schemas[id];
    expect(payload.$schema).toBe(JSON_SCHEMA_DIALECT);
    expect(payload.title).toContain(TOPICS[id]);
    expect(typeof payload.description).toBe('string');
  });

  it.each(ids)('keeps %s free of references so it can be embedded anywhere', (id) => {
    expect(JSON.stringify(schemas[id])).not.toContain('"$ref"');
  });

  it.each(ids)('closes every fixed-shape object in %s to unknown properties', (id) => {
    for (const [path, node] of objectSchemas(schemas[id])) {
      // The published article is open content on purpose (ADR 0007).
      if (node.properties === undefined || id === 'articles') continue;
      expect({ path, additionalProperties: node.additionalProperties }).toEqual({
        path,
        additionalProperties: false,
      });
    }
  });

  it.each([
    ['articles', ['body']],
    ['timeline', ['id', 'revision', 'status', 'type', 'lifecycle', 'date', 'sources']],
    ['mentions', ['mentionId', 'articleId', 'type', 'date', 'evidence']],
    ['duplicates', ['articleId', 'duplicateOf', 'tier', 'reason']],
  ] as const)('makes %s require %j', (id, fields) => {
    expect(required(schemas[id].payload)).toEqual(expect.arrayContaining([...fields]));
  });

  it('requires only body of an article and allows fields it does not name', () => {
    expect(schemas.articles.payload).toMatchObject({
      type: 'object',
      required: ['body'],
      additionalProperties: true,
    });
  });

  it('keeps the article forwarded downstream closed to unknown fields', () => {
    expect(schemas.accepted.payload).toMatchObject({
      properties: { article: { additionalProperties: false } },
    });
  });

  it('describes the dead-letter value as raw bytes and its headers as a closed object', () => {
    expect(schemas.deadLetter.payload).toMatchObject({
      type: 'string',
      contentMediaType: 'application/octet-stream',
    });
    expect(schemas.deadLetter.payload.description).toMatch(/original bytes/);
    const headers = schemas.deadLetter.headers;
    expect(headers?.additionalProperties).toBe(false);
    expect(Object.keys(headers?.properties as object).sort()).toEqual(
      Object.values(DEAD_LETTER_HEADERS).sort(),
    );
  });

  it('gives headers only to topics whose contract has them', () => {
    const withHeaders = ids.filter((id) => schemas[id].headers !== undefined);
    expect(withHeaders).toEqual(['deadLetter']);
  });
});
