import { checkSop, type Finding } from '../../model/rules';
import type { SopDocument } from '../../model/types';
import { useEditor } from '../../store/useEditor';

// Documents are immutable snapshots, so a finding list is computed once per
// snapshot and shared by the status count and the panel.
const cache = new WeakMap<SopDocument, Finding[]>();

/** The rule checker's findings on `doc`, computed once per document snapshot. */
export function findingsOf(doc: SopDocument): Finding[] {
  let findings = cache.get(doc);
  if (!findings) {
    findings = checkSop(doc);
    cache.set(doc, findings);
  }
  return findings;
}

/** The findings on the open document, live. */
export function useFindings(): Finding[] {
  return findingsOf(useEditor((s) => s.doc));
}
