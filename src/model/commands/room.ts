import { LIMITS } from '../limits';
import type { SopDocument } from '../types';

/*
 * How much more a document can take before the file format would refuse it. Commands that add
 * rows or lanes refuse (null) rather than pass a limit; these let the interface tell the user
 * why, and let a paste of many rows keep what fits.
 */

/** How many more steps fit under the file's step limit. */
export function stepRoom(doc: SopDocument): number {
  return Math.max(0, LIMITS.steps - doc.steps.length);
}

/** How many more actors (lanes) fit under the file's actor limit. */
export function actorRoom(doc: SopDocument): number {
  return Math.max(0, LIMITS.actors - doc.actors.length);
}
