/**
 * A shape language for the platform's answers, small enough for the widget's entry module: each wire shape is written
 * once with these builders (`shapes.ts`); its TypeScript type is inferred (`Infer`), the widget's runtime check is
 * derived from it (`checker`), and the mock platform derives its zod schemas and OpenAPI description from the same
 * definition (`zod.ts`). The widget checks structure (strings, numbers, objects, arrays); enum values, integer cents
 * and minimums are the platform's promise, which the strict zod form enforces on the mock's side.
 */

export type Shape =
  | { readonly t: 'string' }
  | { readonly t: 'number'; readonly int?: true; readonly min?: number }
  | { readonly t: 'boolean' }
  | { readonly t: 'enum'; readonly values: readonly string[] }
  | { readonly t: 'literal'; readonly value: string | number | boolean }
  | { readonly t: 'array'; readonly of: Shape }
  | { readonly t: 'object'; readonly fields: Fields }
  | { readonly t: 'optional'; readonly of: Shape }
  | { readonly t: 'nullable'; readonly of: Shape };
export type Fields = { readonly [key: string]: Shape };
export type ObjectShape<F extends Fields = Fields> = { readonly t: 'object'; readonly fields: F };

type OptionalKeys<F> = { [K in keyof F]: F[K] extends { t: 'optional' } ? K : never }[keyof F];
type Flatten<T> = { [K in keyof T]: T[K] } & {};
type InferObject<F> = Flatten<{ -readonly [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & { -readonly [K in OptionalKeys<F>]?: Infer<F[K]> }>;

/** The TypeScript type of a shape. */
export type Infer<S> = S extends { t: 'string' }
  ? string
  : S extends { t: 'number' }
    ? number
    : S extends { t: 'boolean' }
      ? boolean
      : S extends { t: 'enum'; values: readonly (infer V)[] }
        ? V
        : S extends { t: 'literal'; value: infer V }
          ? V
          : S extends { t: 'array'; of: infer O }
            ? Infer<O>[]
            : S extends { t: 'nullable'; of: infer O }
              ? Infer<O> | null
              : S extends { t: 'optional'; of: infer O }
                ? Infer<O> | undefined
                : S extends { t: 'object'; fields: infer F }
                  ? InferObject<F>
                  : never;

export const string = { t: 'string' } as const;
export const number = { t: 'number' } as const;
export const int = { t: 'number', int: true } as const;
/** Money: integer minor units, never negative. */
export const cents = { t: 'number', int: true, min: 0 } as const;
/** Times: epoch milliseconds. */
export const epochMs = cents;
export const boolean = { t: 'boolean' } as const;
export const oneOf = /* #__NO_SIDE_EFFECTS__ */ <const V extends readonly string[]>(values: V) => ({ t: 'enum', values }) as const;
export const literal = /* #__NO_SIDE_EFFECTS__ */ <const V extends string | number | boolean>(value: V) => ({ t: 'literal', value }) as const;
export const list = /* #__NO_SIDE_EFFECTS__ */ <S extends Shape>(of: S) => ({ t: 'array', of }) as const;
export const object = /* #__NO_SIDE_EFFECTS__ */ <F extends Fields>(fields: F) => ({ t: 'object', fields }) as const;
export const optional = /* #__NO_SIDE_EFFECTS__ */ <S extends Shape>(of: S) => ({ t: 'optional', of }) as const;
export const nullable = /* #__NO_SIDE_EFFECTS__ */ <S extends Shape>(of: S) => ({ t: 'nullable', of }) as const;

/** The shape with only `keys` (the fields a reader needs): its type is the `Pick` of the full one. */
/* #__NO_SIDE_EFFECTS__ */
export function pick<F extends Fields, K extends keyof F & string>(shape: ObjectShape<F>, keys: readonly K[]): ObjectShape<Pick<F, K>> {
  const fields: Partial<Pick<F, K>> = {};
  for (const key of keys) fields[key] = shape.fields[key];
  return { t: 'object', fields: fields as Pick<F, K> };
}

/** The shape with `more` fields. */
export const extend = /* #__NO_SIDE_EFFECTS__ */ <F extends Fields, M extends Fields>(shape: ObjectShape<F>, more: M) => object({ ...shape.fields, ...more });

/** A runtime check of a shape: the value as its type, or the paths where it does not match. */
export type Check<T> = (value: unknown) => { ok: true; value: T } | { ok: false; issues: string[] };

function issuesOf(shape: Shape, value: unknown, path: string, issues: string[]): void {
  const wrong = (expected: string) => issues.push(`${path || 'value'}: expected ${expected}`);
  switch (shape.t) {
    case 'optional':
      if (value !== undefined) issuesOf(shape.of, value, path, issues);
      return;
    case 'nullable':
      if (value !== null) issuesOf(shape.of, value, path, issues);
      return;
    case 'array':
      if (!Array.isArray(value)) return void wrong('array');
      value.forEach((item, index) => issuesOf(shape.of, item, `${path}.${index}`, issues));
      return;
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return void wrong('object');
      for (const key in shape.fields) issuesOf(shape.fields[key] as Shape, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, issues);
      return;
    case 'literal':
      if (value !== shape.value) wrong(String(shape.value));
      return;
    default: {
      // Enums are checked as strings: a status this widget does not know yet is the platform's to add.
      const type = shape.t === 'enum' ? 'string' : shape.t;
      if (typeof value !== type) wrong(type);
    }
  }
}

/** The widget's check of `shape`: structure only; fields the shape does not name pass through untouched. */
/* #__NO_SIDE_EFFECTS__ */
export function checker<S extends Shape>(shape: S): Check<Infer<S>> {
  return (value) => {
    const issues: string[] = [];
    issuesOf(shape, value, '', issues);
    return issues.length ? { ok: false, issues } : { ok: true, value: value as Infer<S> };
  };
}
