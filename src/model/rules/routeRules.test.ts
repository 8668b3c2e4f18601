import { describe, expect, it } from 'vitest';
import { checkSop } from './checkSop';
import { findingMessage } from './findingMessage';
import { testSop } from './testSop';

describe('arrows the layout could not route cleanly', () => {
  const doc = testSop(
    [['t'], ['d'], ['p'], ['p'], ['t']],
    ['n1>n2', 'n2>n3:Ya', 'n2>n4:Tidak', 'n3>n5', 'n4>n5'],
  );

  it('are warnings on their flows, numbered by the steps they join, in sheet order', () => {
    const findings = checkSop(doc, { uncleanFlows: new Set(['f4', 'f3']) });
    expect(findings).toEqual([
      {
        code: 'flow.not-routed-cleanly',
        severity: 'warning',
        target: { kind: 'flow', id: 'f3' },
        params: { step: 2, to: 4 },
      },
      {
        code: 'flow.not-routed-cleanly',
        severity: 'warning',
        target: { kind: 'flow', id: 'f4' },
        params: { step: 3, to: 5 },
      },
    ]);
    expect(findingMessage(findings[0]!, 'id')).toMatch(
      /^Langkah 2: panah ke langkah 4 tidak dapat ditata dengan rapi/,
    );
    expect(findingMessage(findings[0]!, 'en')).toMatch(
      /^Step 2: the arrow to step 4 could not be routed cleanly/,
    );
  });

  it('are not reported without a layout, nor for flows the document no longer has', () => {
    expect(checkSop(doc)).toEqual([]);
    expect(checkSop(doc, { uncleanFlows: new Set(['gone']) })).toEqual([]);
  });
});
