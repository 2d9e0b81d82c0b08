import { createFakeGas, type FakeGas, type FakeOptions } from './fake/create-fake';
import type { FakeSpreadsheet } from './fake/model';
import { share } from './fake/sharing';
import { FakeWorld } from './fake/world';

/** The committee's owner in every test: plainly fictional. */
export const owner = 'ivanova@example.ru';

export interface CommitteeFake extends FakeGas {
  readonly committee: FakeSpreadsheet;
  /**
   * Runs an entry point as a user who clicked it: the active and the effective user are both that
   * user ("in most other scenarios, this returns the same account as getActiveUser()":
   * https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()); with ''
   * (Google hides the address) the effective user stays the world's.
   */
  as(user: string, name: string, ...args: unknown[]): unknown;
  /**
   * The owner shares the committee spreadsheet with a user (editor by default, no notification):
   * a user must be able to open the spreadsheet to click its menu, and to edit it to write.
   */
  share(user: string, role?: 'writer' | 'reader'): void;
  /**
   * A time-driven trigger fires its handler, as Apps Script runs it: no document, no active user,
   * as the account that installed it (the owner by default).
   */
  fire(handler: string, installer?: string): unknown;
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
      const previous = { active: world.activeUser, effective: world.effectiveUser };
      world.activeUser = user;
      if (user) world.effectiveUser = user;
      try {
        return gas.run(name, ...args);
      } finally {
        world.activeUser = previous.active;
        world.effectiveUser = previous.effective;
      }
    },
    fire(handler, installer = owner) {
      const previous = { id: world.activeId, active: world.activeUser, effective: world.effectiveUser };
      world.activeId = null;
      world.activeUser = '';
      world.effectiveUser = installer;
      try {
        return gas.run(handler);
      } finally {
        world.activeId = previous.id;
        world.activeUser = previous.active;
        world.effectiveUser = previous.effective;
      }
    },
    share(user, role = 'writer') {
      world.asUser(owner, () => share(world, committee, user, role, { notify: false }));
    },
  };
}
