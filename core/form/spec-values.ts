import type { FieldType, FieldValueTypes } from './form-spec';

/** The part of a field or column declaration that decides its value's type. */
interface ValueSpec {
  readonly key: string;
  readonly type: FieldType;
  readonly options?: readonly string[];
}

/** The value a field reads into: one of its options for an `enum` with literal options, else by its type. */
export type FieldValue<F extends ValueSpec> = F extends {
  readonly type: 'enum';
  readonly options: readonly (infer O)[];
}
  ? O
  : FieldValueTypes[F['type']];

/** The keys of a list of fields or columns. */
export type SpecKey<Fs extends readonly ValueSpec[]> = Fs[number]['key'];

/** The declaration of one key in a list of fields or columns. */
export type SpecOf<Fs extends readonly ValueSpec[], K extends SpecKey<Fs>> = Extract<Fs[number], { readonly key: K }>;

/**
 * Every field of a section by its key, each valid value or `null` (blank or wrong): the type of
 * what the reader gives, derived from the spec, so a field added to `form-spec.ts` appears here
 * and a misspelt key does not compile.
 *
 * @example type R = SpecValues<typeof responsibleSection.fields> // { fullName: string | null; …; orderDate: IsoDate | null }
 */
export type SpecValues<Fs extends readonly ValueSpec[]> = {
  readonly [F in Fs[number] as F['key']]: FieldValue<F> | null;
};

/** `{ 'hours.lessons': …, level: … }` → `{ lessons: … }`: the fields under a dotted prefix, unprefixed. */
export type Under<T, P extends string> = {
  readonly [K in keyof T as K extends `${P}.${infer Rest}` ? Rest : never]: T[K];
};

/** `{ 'hours.lessons': …, level: … }` → `{ level: … }`: the fields without a dot in their key. */
export type TopLevel<T> = {
  readonly [K in keyof T as K extends `${string}.${string}` ? never : K]: T[K];
};
