/**
 * What a person must find on the paper an office program prints from Alir's Excel or Word
 * file: every text of the document, by field. Shared by `npm run check:office` and the
 * round-trip test.
 */
import type { SopDocument } from '../src/model/types';
import { IDENTITY_LIST_FIELDS } from '../src/model/types';

export interface Probe {
  field: string;
  text: string;
}

/** Every text of `doc` a reader must find on paper, named by its field. */
export function probes(doc: SopDocument): Probe[] {
  const id = doc.identity;
  const out: Probe[] = [
    { field: 'identity.name', text: id.name },
    { field: 'identity.number', text: id.number },
    { field: 'identity.unit', text: id.unit },
    { field: 'identity.approver.name', text: id.approver.name },
    { field: 'identity.approver.title', text: id.approver.title },
    { field: 'identity.approver.nip', text: id.approver.nip },
    ...id.organization.map((text, i) => ({ field: `identity.organization[${i}]`, text })),
    ...IDENTITY_LIST_FIELDS.flatMap((f) =>
      id[f].map((text, i) => ({ field: `identity.${f}[${i}]`, text })),
    ),
    ...doc.actors.map((a, i) => ({ field: `actors[${i}].name`, text: a.name })),
    ...doc.flows.map((f) => ({ field: `flows[${f.id}].label`, text: f.label })),
  ];
  doc.steps.forEach((s, i) => {
    for (const key of ['activity', 'requirements', 'time', 'output', 'notes'] as const) {
      out.push({ field: `steps[${i}].${key}`, text: s[key] });
    }
  });
  return out.filter((p) => p.text.trim() !== '');
}

/** Whitespace removed, so a cell may wrap anywhere. */
export const compact = (s: string): string => s.normalize('NFC').replace(/\s+/gu, '');
const words = (s: string): string[] => s.normalize('NFC').split(/\s+/u).filter(Boolean);

/** Every word of `text` in order within `hay` (pdftotext may interleave cells on a line). */
export function wordsInOrder(text: string, hay: string): boolean {
  let at = 0;
  for (const w of words(text)) {
    const i = hay.indexOf(w, at);
    if (i < 0) return false;
    at = i + w.length;
  }
  return true;
}
