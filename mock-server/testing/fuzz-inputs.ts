/**
 * Hostile inputs for the fuzz suite (mock-server/fuzz.test.ts), drawn from the OpenAPI document with a seeded generator so
 * that a failure reproduces: `FUZZ_SEED=<n>` replays a run.
 */

export function pick<T>(random: () => number, values: readonly T[], count: number): T[] {
  const pool = [...values];
  const chosen: T[] = [];
  while (pool.length && chosen.length < count) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return chosen;
}

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  default?: unknown;
}

/** Ids that are no ids: prototype keys, malformed escapes, traversal, huge, unknown but well formed. */
export const HOSTILE_IDS = [
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  '%ZZ',
  '%E0%A4%A',
  '%',
  '..%2F..%2Fpackage.json',
  '%00',
  `ord_${'9'.repeat(3000)}`,
  'ord_00000000-0000-4000-8000-000000000000',
  "ord_1' OR '1'='1",
  '%F0%9F%92%A9',
];

/** URLs no merchant should be able to register. */
export const HOSTILE_URLS = ['data:text/plain,hi', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pass@127.0.0.1:9/', 'ftp://127.0.0.1:9/', 'http://', '//127.0.0.1:9/', 'not a url'];

function deep(levels: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < levels; level += 1) value = level % 2 ? [value] : { a: value };
  return value;
}

/** Values of the wrong kind for any field. */
export const HOSTILE_VALUES: unknown[] = [
  null,
  true,
  -1,
  -0.5,
  12.5,
  1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  '12.5',
  'abc',
  '',
  ' 100 ',
  '0x10',
  '1e3',
  'x'.repeat(20_000),
  [],
  [1, 2, 3],
  {},
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  deep(40),
  ...HOSTILE_URLS.slice(0, 3),
];

/** A plausible value for a schema: the starting point that hostile values replace one field at a time. */
export function plausible(schema: JsonSchema | undefined, name = ''): unknown {
  if (!schema) return null;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf) return plausible(schema.anyOf[0], name);
  switch (schema.type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const key of schema.required ?? []) value[key] = plausible(schema.properties?.[key], key);
      return value;
    }
    case 'array':
      return [plausible(schema.items, name)];
    case 'integer':
    case 'number':
      return /amount/i.test(name) ? 1000 : 1;
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'email') return 'fuzz@example.com';
      if (schema.format === 'uri') return 'http://127.0.0.1:9/';
      if (/number/i.test(name)) return '4242424242424242';
      if (/cvc/i.test(name)) return '123';
      if (/expiryMonth/i.test(name)) return '12';
      if (/expiryYear/i.test(name)) return '2040';
      return 'fuzz';
    default:
      return null;
  }
}

/** Whole bodies that are no valid request at all, whatever the endpoint. */
export function hostileBodies(): { name: string; body: string }[] {
  return [
    { name: 'malformed JSON', body: '{"amount": 12' },
    { name: 'a JSON array', body: '[]' },
    { name: 'an array of objects', body: '[{"amount": 1000}]' },
    { name: 'null', body: 'null' },
    { name: 'a string', body: '"amount"' },
    { name: 'nesting 5,000 deep', body: `${'['.repeat(5000)}${']'.repeat(5000)}` },
    { name: 'objects 100 deep', body: JSON.stringify(deep(100)) },
    { name: 'a 50 kB string', body: JSON.stringify({ amount: 1000, trackId: 'x'.repeat(50_000) }) },
    { name: 'a 1.2 MB body', body: JSON.stringify({ amount: 1000, pad: 'x'.repeat(1_200_000) }) },
    { name: 'prototype keys', body: '{"__proto__": {"amount": 1, "isAdmin": true}, "constructor": {"prototype": {"x": 1}}}' },
    { name: 'a huge key', body: `{"${'k'.repeat(20_000)}": 1}` },
    { name: 'invalid UTF-8', body: '{"amount": "\udc00"}' },
  ];
}

/** Bodies that replace one field of a plausible body with a hostile value, and one with unknown fields. */
export function fieldMutations(schema: JsonSchema, random: () => number, perField: number): { name: string; body: string }[] {
  const base = plausible(schema) as Record<string, unknown>;
  const properties = schema.anyOf ? Object.assign({}, ...schema.anyOf.map((option) => option.properties ?? {})) : (schema.properties ?? {});
  const bodies = [{ name: 'unknown fields', body: JSON.stringify({ ...base, zzUnknown: 1, isAdmin: true, platformId: 'pl_other' }) }];
  for (const field of Object.keys(properties)) {
    for (const value of pick(random, HOSTILE_VALUES, perField)) {
      bodies.push({ name: `${field} = ${JSON.stringify(value)?.slice(0, 30)}`, body: JSON.stringify({ ...base, [field]: value }) });
    }
    if ((properties[field] as JsonSchema).format === 'uri') {
      for (const url of HOSTILE_URLS) bodies.push({ name: `${field} = ${url}`, body: JSON.stringify({ ...base, [field]: url }) });
    }
  }
  return bodies;
}
