import * as z from 'zod/mini';
import type { Frozen } from '../dates/date-schemas';

/** Organisation types: общеобразовательная, дошкольная, дополнительного образования. */
export const orgTypes = ['ООО', 'ДОО', 'ОДО'] as const;
export type OrgType = (typeof orgTypes)[number];

/** A `Код`: letters, digits, `_` and `-` (it names a tab). */
export const orgCodePattern = /^[\p{L}\d_-]+$/u;
/** A tab name has at most 31 characters in Excel. */
export const maxOrgCodeLength = 31;

const pupils = z.nullable(z.int().check(z.gte(0)));

/**
 * One row of the directory (`Организации`, or `template --orgs ORGS.csv`), read and checked: the
 * readers turn cells into values and issues; every row they keep fits this schema, which is the
 * type's definition.
 */
export const organisationSchema = z.object({
  /** `Код`: trimmed, also the name of the organisation's tab (letters, digits, `_`, `-`; at most 31). */
  code: z.string().check(z.regex(new RegExp(`^[\\p{L}\\d_-]{1,${maxOrgCodeLength}}$`, 'u'))),
  name: z.string(),
  type: z.enum(orgTypes),
  district: z.string(),
  /** 10 digits when valid, else the text as written (the directory check reports it). */
  inn: z.string(),
  emails: z.array(z.string()),
  active: z.boolean(),
  /** Pupils of grades 6–9 and 10–11 per the ОО-1 form, when the directory gives them. */
  pupils69: pupils,
  pupils1011: pupils,
  /** 1-based row of the directory tab. */
  row: z.int().check(z.gte(1)),
});

/** One row of the `Организации` directory, read and checked. */
export type Organisation = Frozen<z.infer<typeof organisationSchema>>;
