/**
 * zod, the "mini" build, with just the validators this project uses: the same
 * checks and English messages as the classic API, in functional form. Named
 * imports let the bundler drop the rest of zod (the whole namespace would keep
 * every locale); loading is most of a failing run's time.
 */
import {
  _default,
  array,
  boolean,
  coerce,
  config,
  date,
  enum as enumOf,
  int,
  iso,
  literal,
  maxLength,
  minLength,
  minimum,
  nullable,
  number,
  object,
  optional,
  pipe,
  positive,
  record,
  refine,
  regex,
  startsWith,
  strictObject,
  string,
  transform,
  union,
  unknown,
  url,
  type infer as InferOf,
  type ZodMiniType,
} from 'zod/mini'
import en from 'zod/v4/locales/en.js'

config(en())

export const z = {
  _default,
  array,
  boolean,
  coerce,
  date,
  enum: enumOf,
  int,
  iso,
  literal,
  maxLength,
  minLength,
  minimum,
  nullable,
  number,
  object,
  optional,
  pipe,
  positive,
  record,
  refine,
  regex,
  startsWith,
  strictObject,
  string,
  transform,
  union,
  unknown,
  url,
}

export type Schema<T> = ZodMiniType<T>
export type Infer<T> = InferOf<T>
