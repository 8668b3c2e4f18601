import { checkSop, type Finding } from '../../model/rules';
import type { SopDocument } from '../../model/types';
import { useEditor } from '../../store/useEditor';
import { useSettledDoc } from '../diagram/useSettledDoc';
import type { SheetVerdict } from '../layout/layoutJob';
import { answerOf, useLayout } from '../layout/useLayout';

const NONE: SheetVerdict = { unclean: [], unprintable: [], hyphenated: [] };

// Documents are immutable snapshots, so a finding list is computed once per
// snapshot (and per layout verdict) and shared by the status count and the panel.
const cache = new WeakMap<SopDocument, { verdict: SheetVerdict; findings: Finding[] }>();

/**
 * The rule checker's findings on `doc`, computed once per document snapshot; with
 * the sheet layout's `verdict`, the flows it could not route cleanly, the characters
 * its fonts lack and the words it had to hyphenate are findings too.
 */
export function findingsOf(doc: SopDocument, verdict: SheetVerdict = NONE): Finding[] {
  const known = cache.get(doc);
  if (known && known.verdict === verdict) return known.findings;
  const findings = checkSop(doc, {
    uncleanFlows: new Set(verdict.unclean),
    unprintable: verdict.unprintable,
    hyphenated: verdict.hyphenated,
  });
  cache.set(doc, { verdict, findings });
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
  return findingsOf(doc, answerOf<'check'>(result) ?? NONE);
}
