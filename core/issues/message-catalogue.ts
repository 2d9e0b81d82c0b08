import type { IssueCode, issueParamSpecs } from './issue-code';
import type { ParamKind } from './param-spec';

/**
 * Russian templates for a set of issue codes (`formatMessage` fills them): a data module of the
 * catalogue declares itself `as const satisfies MessageTemplates<…>`, so a missing code fails to
 * compile; `CheckedTemplates` then checks each template's arguments.
 */
export type MessageTemplates<C extends IssueCode> = { readonly [K in C]: string };

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** The text after a `{` up to the next brace: `name, format, style` or a branch key. */
type Head<S extends string> = S extends `${infer A}{${string}`
  ? A extends `${infer B}}${string}`
    ? B
    : A
  : S extends `${infer A}}${string}`
    ? A
    : S;

type Argument<H extends string> = H extends `${infer N},${infer R}`
  ? [Trim<N>, Trim<R extends `${infer F},${string}` ? F : R>]
  : [Trim<H>, ''];

type Pop<T extends readonly unknown[]> = T extends readonly [...infer R, unknown] ? R : [];
type Top<T extends readonly unknown[]> = T extends readonly [...unknown[], infer L] ? L : 'text';

/**
 * Every argument of a template as `[name, format]`, walking its braces: a `{` in text opens an
 * argument, a `{` inside an argument opens a branch (text again), a `}` closes either.
 */
type Arguments<
  S extends string,
  Stack extends readonly unknown[] = [],
  Found = never,
> = S extends `${infer A}{${infer B}`
  ? A extends `${string}}${infer After}`
    ? Arguments<`${After}{${B}`, Pop<Stack>, Found>
    : Top<Stack> extends 'argument'
      ? Arguments<B, [...Stack, 'text'], Found>
      : Arguments<B, [...Stack, 'argument'], Found | Argument<Head<B>>>
  : S extends `${string}}${infer After}`
    ? Arguments<After, Pop<Stack>, Found>
    : Found;

/** The parameter kinds each format reads (`''` is `{name}` alone). */
interface Reads {
  '': 'text' | 'number';
  number: 'number';
  date: 'date';
  list: 'list';
  join: 'list';
  plural: 'number' | 'list';
  select: 'text';
}

type KindOf<V> = V extends `${infer K extends ParamKind}?` ? K : V;

type Problem<Spec, A> = A extends [infer N extends string, infer F extends string]
  ? N extends 'shell'
    ? F extends 'select'
      ? never
      : `{shell} is read only as {shell, select, addon {…} cli {…}}`
    : N extends keyof Spec
      ? F extends keyof Reads
        ? KindOf<Spec[N]> extends Reads[F]
          ? never
          : `${F extends '' ? `{${N}}` : `{${N}, ${F}}`}: ${N} is a ${KindOf<Spec[N]> & string}`
        : `{${N}, ${F}}: no format «${F}»`
      : `{${N}}: not a parameter of this code`
  : never;

/**
 * A template checked against its code's parameters: the template itself when every argument names
 * a declared parameter (or `shell`) in a format that reads its kind, else the problem as a string
 * type, so assigning the template fails to compile and says why.
 *
 * @example CheckedTemplate<'Не заполнено поле «{lable}».', { label: 'text' }> // '{lable}: not a parameter of this code'
 */
export type CheckedTemplate<S extends string, Spec> = [Problem<Spec, Arguments<S>>] extends [never]
  ? S
  : Problem<Spec, Arguments<S>>;

/** A catalogue of templates, each checked against the parameters of its code (`issueParamSpecs`). */
export type CheckedTemplates<T extends MessageTemplates<IssueCode>> = {
  readonly [K in IssueCode]: CheckedTemplate<T[K], (typeof issueParamSpecs)[K]>;
};
