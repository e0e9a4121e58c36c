import { Document } from 'yaml';
import { TOPIC_CATALOGUE } from '../topic-catalogue';
import { type TopicId } from '../topics';
import { buildAsyncApiDocument } from './build-asyncapi-document';
import { buildJsonSchemas, GENERATED_NOTE } from './build-json-schemas';
import { SERVICE_OPERATIONS } from '../service-operations';

/** Where the generated files live, relative to the repository root. */
export const ASYNCAPI_PATH = 'docs/asyncapi.yaml';
export const SCHEMAS_DIR = 'docs/schemas';

/** Generated file contents keyed by path relative to the repository root, in a stable order. */
export type ContractDocs = ReadonlyMap<string, string>;

/** Renders the AsyncAPI document and one JSON Schema file per payload (and per header set). */
export function renderContractDocs(version: string): ContractDocs {
  const schemas = buildJsonSchemas(TOPIC_CATALOGUE);
  const files = new Map<string, string>();
  files.set(
    ASYNCAPI_PATH,
    renderYaml(
      buildAsyncApiDocument({
        version,
        catalogue: TOPIC_CATALOGUE,
        schemas,
        operations: SERVICE_OPERATIONS,
      }),
    ),
  );
  for (const id of Object.keys(schemas).sort() as TopicId[]) {
    const { payload, headers } = schemas[id];
    files.set(`${SCHEMAS_DIR}/${id}.schema.json`, renderJson(payload));
    if (headers) files.set(`${SCHEMAS_DIR}/${id}.headers.schema.json`, renderJson(headers));
  }
  return files;
}

/** YAML with no anchors, no folded lines and keys in insertion order, so output is reproducible. */
export function renderYaml(value: unknown): string {
  const document = new Document(value, { aliasDuplicateObjects: false });
  document.commentBefore = ` ${GENERATED_NOTE} Do not edit by hand.`;
  return document.toString({ lineWidth: 0, indent: 2 });
}

function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
