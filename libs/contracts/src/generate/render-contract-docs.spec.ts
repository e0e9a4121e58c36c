import { parse } from 'yaml';
import { TOPICS } from '../topics';
import { ASYNCAPI_PATH, renderContractDocs, renderYaml } from './render-contract-docs';

describe('renderContractDocs', () => {
  const docs = renderContractDocs('0.0.0-test');

  it('renders the same bytes every time', () => {
    expect([...renderContractDocs('0.0.0-test')]).toEqual([...docs]);
  });

  it('writes the AsyncAPI document and one schema file per topic id', () => {
    const schemaFiles = Object.keys(TOPICS).map((id) => `docs/schemas/${id}.schema.json`);
    expect([...docs.keys()]).toEqual(expect.arrayContaining([ASYNCAPI_PATH, ...schemaFiles]));
  });

  it('writes YAML that parses back to a document with no anchors or aliases', () => {
    const yaml = docs.get(ASYNCAPI_PATH) ?? '';
    expect(yaml).not.toMatch(/^\s*[\w.$-]+: [&*]/m);
    expect(parse(yaml)).toMatchObject({ asyncapi: '3.0.0', info: { version: '0.0.0-test' } });
  });

  it('writes JSON files that parse and end with a newline', () => {
    for (const [path, content] of docs) {
      if (!path.endsWith('.json')) continue;
      expect(content.endsWith('}\n')).toBe(true);
      expect(() => JSON.parse(content) as unknown).not.toThrow();
    }
  });
});

describe('renderYaml', () => {
  it('repeats a shared object instead of aliasing it', () => {
    const shared = { type: 'string' };
    const yaml = renderYaml({ a: shared, b: shared });
    expect(yaml).not.toContain('&');
    expect(parse(yaml)).toEqual({ a: shared, b: shared });
  });

  it('keeps long lines whole', () => {
    const long = 'word '.repeat(60).trim();
    expect(renderYaml({ long })).toContain(long);
  });
});
