import { ErrorList, fileError, type FileError, type PathSegment } from './fileErrors';
import { LIMITS, LIST_LIMITS } from './limits';
import { IDENTITY_LIST_FIELDS } from './types';

/*
 * List lengths, checked on the raw value before the schema walks it: a list far
 * longer than its place allows is refused with one clear error, and no list item
 * of it is looked at. The schema checks the same bounds again (for values that
 * reach it another way); this pass is what keeps a hostile file cheap.
 */

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The identity lists of text, in the order the schema lists them. */
const TEXT_LISTS = ['organization', ...IDENTITY_LIST_FIELDS] as const;

/** Errors for every list of `doc` (a raw `sop` value) longer than its bound. */
export function checkListBounds(doc: unknown): FileError[] {
  const errors = new ErrorList();
  if (!isRecord(doc)) return [];
  const over = (list: unknown, max: number, path: PathSegment[], code: FileError['code']) => {
    if (Array.isArray(list) && list.length > max) {
      errors.add(fileError(path, code, { count: list.length, max }));
      return true;
    }
    return false;
  };
  const identity = doc.identity;
  if (isRecord(identity)) {
    for (const field of TEXT_LISTS) {
      over(identity[field], LIST_LIMITS.textListItems, ['identity', field], 'tooManyItems');
    }
  }
  over(doc.actors, LIMITS.actors, ['actors'], 'tooManyActors');
  over(doc.flows, LIMITS.flows, ['flows'], 'tooManyFlows');
  const steps = doc.steps;
  // Symbols are counted only in a list of steps that is itself within bounds.
  if (!over(steps, LIMITS.steps, ['steps'], 'tooManySteps') && Array.isArray(steps)) {
    for (let i = 0; i < steps.length && !errors.full; i++) {
      const step: unknown = steps[i];
      if (!isRecord(step)) continue;
      over(step.symbols, LIST_LIMITS.symbolsPerStep, ['steps', i, 'symbols'], 'tooManyItems');
    }
  }
  return errors.items;
}
