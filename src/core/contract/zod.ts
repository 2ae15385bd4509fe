/**
 * The strict zod form of a shape, for the mock platform (it parses and answers with these, and describes them in its
 * OpenAPI document): enums, integers and minimums enforced. Never imported by the widget.
 */
import * as z from 'zod/mini';
import type { Infer, Shape } from './shape.ts';

function build(shape: Shape): z.ZodMiniType {
  switch (shape.t) {
    case 'string':
      return z.string();
    case 'boolean':
      return z.boolean();
    case 'number': {
      const base = shape.int ? z.int() : z.number();
      return shape.min === undefined ? base : base.check(z.minimum(shape.min));
    }
    case 'enum':
      return z.enum(shape.values as readonly [string, ...string[]]);
    case 'literal':
      return z.literal(shape.value);
    case 'array':
      return z.array(build(shape.of));
    case 'optional':
      return z.optional(build(shape.of));
    case 'nullable':
      return z.nullable(build(shape.of));
    case 'object':
      return z.object(Object.fromEntries(Object.entries(shape.fields).map(([key, field]) => [key, build(field)])));
  }
}

/** The zod schema of `shape`, typed as the shape's type. */
export const toZod = <S extends Shape>(shape: S) => build(shape) as z.ZodMiniType<Infer<S>>;
