import { type FakeServices, fakeServices } from './create-fake';
import type { FakeSpreadsheet } from './model';
import { FakeWorld } from './world';

/** The owner of everything in a scene: plainly fictional. */
export const owner = 'ivanova@example.ru';
/** 1 Feb 2024, 10:00 in Yekaterinburg: where the fake clock of a scene starts. */
export const sceneStart = Date.UTC(2024, 1, 1, 5, 0, 0);

/**
 * For the fake's own tests: the services over a fresh world whose clock starts at `sceneStart`,
 * run by `owner`, with one spreadsheet of theirs in My Drive.
 */
export function scene(): FakeServices & { readonly book: FakeSpreadsheet } {
  const world = new FakeWorld({ now: sceneStart });
  world.activeUser = owner;
  world.effectiveUser = owner;
  const services = fakeServices({ world, driveApi: true });
  return { ...services, book: world.createSpreadsheet('Отчёты', owner) };
}
