import { createFakeGas, type FakeGas, type FakeOptions } from './fake/create-fake';
import type { FakeSpreadsheet } from './fake/model';
import { FakeWorld } from './fake/world';

/** The committee's owner in every test: plainly fictional. */
export const owner = 'ivanova@example.ru';

export interface CommitteeFake extends FakeGas {
  readonly committee: FakeSpreadsheet;
  /** Runs an entry point as a user (the active user's email), returning what it returns. */
  as(user: string, name: string, ...args: unknown[]): unknown;
}

/** An empty committee spreadsheet owned by `owner`, bound to the script and open by `owner`. */
export function committeeFake(options: FakeOptions = {}): CommitteeFake {
  const world = options.world ?? new FakeWorld();
  const committee = world.createSpreadsheet('Профкарта — комитет', owner);
  world.activeId = committee.id;
  world.activeUser = owner;
  world.effectiveUser = owner;
  const gas = createFakeGas({ ...options, world });
  return {
    ...gas,
    committee,
    as(user, name, ...args) {
      const previous = world.activeUser;
      world.activeUser = user;
      try {
        return gas.run(name, ...args);
      } finally {
        world.activeUser = previous;
      }
    },
  };
}
