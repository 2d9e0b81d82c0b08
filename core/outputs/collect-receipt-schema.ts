import * as z from 'zod/mini';

/** Why `collect` refused a file (design §8). */
const collectRejectionCodes = [
  /** Not a workbook .xlsx (or unreadable, or .xls/.ods). */
  'not_workbook',
  /** A book (its marker has no organisation), not an organisation's file. */
  'is_book',
  /** Sent from another book: the marker's book differs. */
  'other_book',
  /** Made by a newer Профкарта: the form version is above this one's. */
  'newer_form',
  /** Its form cannot be read without losing a value (an older form, or one damaged beyond reading). */
  'form_unreadable',
  /** No organisation form in it. */
  'no_form',
  /** Several organisation forms in it, and no marker to tell which. */
  'several_forms',
  /** Its code is not in `Организации`. */
  'unknown_org',
  /** Its organisation is not active (`Действует` = нет). */
  'inactive_org',
  /** A newer file of the same organisation was given too. */
  'older_duplicate',
  /** The book already took a newer file of this organisation. */
  'older_than_collected',
  /** The book's tab holds too many values the file lacks to keep them all. */
  'book_values_too_many',
] as const;

/** What `collect` says about a file it took. */
const collectNoteCodes = [
  /** No marker (its tab deleted): matched by section 1's `Код`. */
  'no_marker',
  /** Made from an older form: its values carried over. */
  'older_form',
  /** Of several files of the organisation, this one, the newest, was taken. */
  'newest_taken',
  /** Values of the file that stood off the form were kept in «Перенесённые значения». */
  'moved_values',
  /** Values typed into the book's tab after the file was sent, missing from it, kept in «Перенесённые значения». */
  'book_values_kept',
  /**
   * The file, the organisation's newer answer, leaves blank values its tab in the book held (taken
   * from its earlier file, or sent to it): they are kept in «Перенесённые значения» with where they came from.
   */
  'fields_cleared',
  /** The file answers fields of the book's tab differently: its values are taken (the organisation's newer answer). */
  'fields_changed',
  /** No saved time in the file: its time on disk is used. */
  'saved_from_file_time',
  /** The form is empty. */
  'empty_form',
] as const;

export type CollectRejectionCode = (typeof collectRejectionCodes)[number];
export type CollectNoteCode = (typeof collectNoteCodes)[number];

/** The result of one file: `accepted`, `accepted_with_errors` (the check found errors) or `rejected`. */
const collectStatuses = ['accepted', 'accepted_with_errors', 'rejected'] as const;
export type CollectStatus = (typeof collectStatuses)[number];

/**
 * The `collect --json` receipt (design §8): one entry per file read, with the organisation it was
 * matched to, its result and why; the totals; the active organisations from which nothing has come
 * (in this run or an earlier one, and nothing in the book). The schema is its definition; `profkarta schema collect` prints it.
 */
export const collectReceiptSchema = z.object({
  /** The book written (`--out`). */
  book: z.string(),
  /** The book's identity, which `split` puts in every file. */
  bookId: z.string(),
  /** `YYYY-MM-DD HH:MM` in Chelyabinsk. */
  collectedAt: z.string(),
  totals: z.object({
    files: z.int(),
    accepted: z.int(),
    acceptedWithErrors: z.int(),
    rejected: z.int(),
  }),
  files: z.array(
    z.object({
      /** As found: relative to the folder named, or as typed. */
      file: z.string(),
      /** The organisation's code; null when the file matched none. */
      org: z.nullable(z.string()),
      name: z.nullable(z.string()),
      status: z.enum(collectStatuses),
      /** Errors and warnings of the organisation's check after collection (0 for a rejected file). */
      errors: z.int(),
      warnings: z.int(),
      /** When its content was saved, ISO 8601 UTC; null when unknown. */
      saved: z.nullable(z.string()),
      /** Why it was refused; null when taken. */
      reason: z.nullable(z.object({ code: z.enum(collectRejectionCodes), message: z.string() })),
      notes: z.array(z.object({ code: z.enum(collectNoteCodes), message: z.string() })),
    }),
  ),
  /** Active organisations with no file taken, now or before, whose tab in the book is empty or missing. */
  missing: z.array(z.object({ code: z.string(), name: z.string() })),
});

export type CollectReceipt = z.infer<typeof collectReceiptSchema>;
