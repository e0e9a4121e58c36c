import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnvironmentSchema } from './config.schema';

interface ExampleLine {
  readonly name: string;
  readonly value: string;
  readonly comment: string | undefined;
}

const EXAMPLE_PATH = join(__dirname, '..', '..', '..', '.env.example');

/** `NAME=value` lines with the comment line just above each. */
function readExample(): ExampleLine[] {
  const lines = readFileSync(EXAMPLE_PATH, 'utf8').split('\n');
  return lines.flatMap((line, index) => {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!match) return [];
    const above = lines[index - 1];
    return [
      {
        name: match[1] ?? '',
        value: match[2] ?? '',
        comment: above?.startsWith('# ') ? above : undefined,
      },
    ];
  });
}

const example = readExample();
const schemaKeys = Object.keys(EnvironmentSchema.shape).sort();
type Key = keyof typeof EnvironmentSchema.shape;

describe('.env.example', () => {
  it('lists exactly the variables of EnvironmentSchema', () => {
    expect(example.map((line) => line.name).sort()).toEqual(schemaKeys);
  });

  it('lists each variable once', () => {
    const names = example.map((line) => line.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it.each(example.map((line) => [line.name, line] as const))(
    'explains %s in a comment on the line above',
    (_name, line) => {
      expect(line.comment).toBeDefined();
    },
  );

  it.each(example.filter((line) => line.value !== '').map((line) => [line.name, line] as const))(
    'gives %s its schema default',
    (name, line) => {
      const schema = EnvironmentSchema.shape[name as Key];
      expect(schema.parse(line.value)).toEqual(schema.parse(undefined));
    },
  );

  it.each(example.filter((line) => line.value === '').map((line) => [line.name] as const))(
    'leaves %s empty only because the schema allows it to be unset',
    (name) => {
      expect(EnvironmentSchema.shape[name as Key].safeParse(undefined).success).toBe(true);
    },
  );
});
