/** The keys of `T` whose value may be undefined. */
type UndefinedKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** `T` with every key that may hold undefined made optional, and undefined left out of its value. */
export type DefinedOnly<T> = {
  [K in Exclude<keyof T, UndefinedKeys<T>>]: T[K];
} & { [K in UndefinedKeys<T>]?: Exclude<T[K], undefined> };

/**
 * The fields given, without those whose value is undefined: how a message's optional fields are
 * built, so an absent field is absent rather than present and undefined (`{ url }` for a known URL,
 * `{}` for none). Other falsy values (null, 0, '') are kept. Key order is kept.
 */
export function definedOnly<T extends object>(fields: T): DefinedOnly<T> {
  const defined: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) defined[key] = value;
  }
  return defined as DefinedOnly<T>;
}
