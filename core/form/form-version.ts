/**
 * The version of the organisation form (design §4: its sections, labels, headers and options).
 * A file `split` sends carries it in its marker, so `collect` can tell a file made from an older
 * form (read leniently and carried over, or refused when its values cannot be) from one made by
 * a newer Профкарта (refused: the committee updates first). Raise it whenever `form-spec.ts`
 * changes a title, label, header or option; `form-version.test.ts` fails until it is raised.
 *
 * @example formVersion // 1
 */
export const formVersion = 1;
