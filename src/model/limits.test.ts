import { describe, expect, it } from 'vitest';
import { formatFileError } from './fileErrorMessages';
import { LIMITS } from './limits';
import { sampleDocument } from './sample';
import type { SopDocument } from './types';
import { validateDocument } from './validate';

/** The sample SOP with `count` flows, all between its first two symbols (well-formed, if odd). */
function withFlows(count: number): SopDocument {
  const doc = sampleDocument();
  const [a, b] = doc.steps.flatMap((s) => s.symbols);
  doc.flows = Array.from({ length: count }, (_, k) => ({
    id: `limit-flow-${k}`,
    from: a!.id,
    to: b!.id,
    label: '',
  }));
  return doc;
}

describe('the flow limit', () => {
  it('is two flows per step at the step limit', () => {
    expect(LIMITS.flows).toBe(2 * LIMITS.steps);
  });

  it('accepts a document with as many flows as the limit', () => {
    expect(validateDocument(withFlows(LIMITS.flows)).ok).toBe(true);
  });

  it('refuses one more, saying how many and what the limit is, in both languages', () => {
    const check = validateDocument(withFlows(LIMITS.flows + 1));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual([
      { path: 'flows', code: 'tooManyFlows', params: { count: 4001, max: 4000 } },
    ]);
    expect(formatFileError(check.errors[0]!, 'en')).toBe(
      'flows: too many flows (4001); the limit is 4000',
    );
    expect(formatFileError(check.errors[0]!, 'id')).toBe(
      'flows: terlalu banyak panah (4001); paling banyak 4000',
    );
  });
});
