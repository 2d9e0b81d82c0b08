import type { IsoDate } from '../dates/iso-date';

/**
 * What a parameter of a message holds, so the catalogue formats it one way everywhere:
 * `text` as written, `number` as a count (grouped thousands, plural forms), `date` an ISO
 * calendar date shown as ДД.ММ.ГГГГ, `list` a list of names shown in «» and joined.
 * A trailing `?` makes the parameter optional.
 */
export type ParamKind = 'text' | 'number' | 'date' | 'list';

/** The parameters an issue code declares, by name (as zod's `$ZodIssueTooBig { maximum, inclusive }`). */
export type ParamSpec = Readonly<Record<string, ParamKind | `${ParamKind}?`>>;

type ValueOf<K> = K extends 'text' | 'text?'
  ? string
  : K extends 'number' | 'number?'
    ? number
    : K extends 'date' | 'date?'
      ? IsoDate
      : K extends 'list' | 'list?'
        ? readonly string[]
        : never;

type Required<S extends ParamSpec> = {
  readonly [N in keyof S as S[N] extends `${string}?` ? never : N]: ValueOf<S[N]>;
};
type Optional<S extends ParamSpec> = {
  readonly [N in keyof S as S[N] extends `${string}?` ? N : never]?: ValueOf<S[N]>;
};
type Flat<T> = { readonly [K in keyof T]: T[K] };

/**
 * The parameters' object of a spec: required names must be there, misspelt names are refused
 * (an empty spec takes `{}` only).
 */
export type ParamsOf<S extends ParamSpec> = keyof S extends never
  ? Readonly<Record<string, never>>
  : Flat<Required<S> & Optional<S>>;
