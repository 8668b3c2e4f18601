import { checkSop, type Finding } from '../../model/rules';
import type { SopDocument } from '../../model/types';
import { useEditor } from '../../store/useEditor';
import { useSettledDoc } from '../diagram/useSettledDoc';
import { answerOf, useLayout } from '../layout/useLayout';

const NONE: readonly string[] = [];

// Documents are immutable snapshots, so a finding list is computed once per
// snapshot (and per layout verdict) and shared by the status count and the panel.
const cache = new WeakMap<SopDocument, { unclean: readonly string[]; findings: Finding[] }>();

/**
 * The rule checker's findings on `doc`, computed once per document snapshot; with
 * `unclean`, the flows the sheet's layout could not route cleanly are findings too.
 */
export function findingsOf(doc: SopDocument, unclean: readonly string[] = NONE): Finding[] {
  const known = cache.get(doc);
  if (known && known.unclean === unclean) return known.findings;
  const findings = checkSop(doc, { uncleanFlows: new Set(unclean) });
  cache.set(doc, { unclean, findings });
  return findings;
}

/**
 * The findings on the open document, live. The rules answer at once; what the layout
 * says about the arrows comes from the layout worker, for the last settled version
 * (flows since deleted are left out, new ones wait for the next answer).
 */
export function useFindings(): Finding[] {
  const doc = useEditor((s) => s.doc);
  const { result } = useLayout('check', useSettledDoc());
  return findingsOf(doc, answerOf(result)?.unclean ?? NONE);
}
