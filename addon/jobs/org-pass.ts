import type { ShareOutcome } from '../files/drive-access';
import { tabsCursorProperty } from '../infra/stored-values';

/** What a pass over the organisations does: create and upgrade, list what differs, or put it right. */
export type OrgPass = 'createTabs' | 'auditProtection' | 'restoreProtection';

/** What a pass did so far, for its message (`pass-outcome.ts`). */
export interface PassState {
  readonly share: ShareOutcome;
  readonly tally: { created: number; upgraded: number; unchanged: number; fixed: number };
  /** Findings, one sentence each («S0001: лишние редакторы …»). */
  readonly found: string[];
  /** Forms not written (a value would be lost). */
  readonly unwritten: string[];
  /** Warnings for the message. */
  readonly notes: string[];
}

/** What a pass did, for its message. */
export interface PassResult extends PassState {
  readonly pass: OrgPass;
  readonly done: number;
  readonly total: number;
  /** Organisations no longer active whose files were closed. */
  readonly closed: readonly string[];
  /** Active organisations with a file (files mode). */
  readonly withFile: number;
  /** Addresses of the active organisations, and how many the forms are shared with. */
  readonly emails: number;
  readonly shared: number;
}

/**
 * A pass starting or resuming: from the cursor when it is this pass's, over a directory of the same
 * size, with its findings so far; else from the first organisation.
 *
 * @param pass - the action
 * @param total - active organisations
 */
export function startPass(pass: OrgPass, total: number): PassState & { done: number } {
  const saved = tabsCursorProperty.read();
  const resume = saved && (saved.action ?? 'createTabs') === pass && saved.total === total && saved.done < total;
  return {
    done: resume ? saved.done : 0,
    share: { shared: [], refused: [], quotaHit: false },
    tally: resume && saved.tally ? { ...saved.tally } : { created: 0, upgraded: 0, unchanged: 0, fixed: 0 },
    found: resume ? [...(saved.found ?? [])] : [],
    unwritten: [],
    notes: [],
  };
}

/**
 * Keeps the cursor (with the first 200 findings and the tally so far) while a pass is part-way;
 * clears it at the end.
 */
export function saveCursor(
  pass: OrgPass,
  done: number,
  total: number,
  found: readonly string[],
  tally?: PassState['tally'],
): void {
  tabsCursorProperty.write(
    done < total ? { done, total, action: pass, found: found.slice(0, 200), ...(tally ? { tally } : {}) } : null,
  );
}
