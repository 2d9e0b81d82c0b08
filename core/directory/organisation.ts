/** Organisation types: общеобразовательная, дошкольная, дополнительного образования. */
export const orgTypes = ['ООО', 'ДОО', 'ОДО'] as const;
export type OrgType = (typeof orgTypes)[number];

/** One row of the `Организации` directory, read and checked. */
export interface Organisation {
  /** `Код`: trimmed, also the name of the organisation's tab. */
  readonly code: string;
  readonly name: string;
  readonly type: OrgType;
  readonly district: string;
  /** 10 digits when valid, else the text as written (the directory check reports it). */
  readonly inn: string;
  readonly emails: readonly string[];
  readonly active: boolean;
  /** Pupils of grades 6–9 and 10–11 per the ОО-1 form, when the directory gives them. */
  readonly pupils69: number | null;
  readonly pupils1011: number | null;
  /** 1-based row of the directory tab. */
  readonly row: number;
}
