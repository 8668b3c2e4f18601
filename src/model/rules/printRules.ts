import type { StepTextField, TextPlace } from '../textPlaces';
import type { SopDocument } from '../types';
import type { Finding, FindingCode, FindingParams, FindingTarget } from './finding';
import { stepNumberOf, type SopGraph } from './sopGraph';

/** A text with characters the sheet's fonts cannot draw, as the layout found it. */
export interface UnprintableReport {
  place: TextPlace;
  chars: readonly string[];
}

/** How a character is named in a message: itself in quotes, and its code point (some are invisible). */
export function nameChar(char: string): string {
  const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `“${char}” (U+${code})`;
}

/**
 * Texts the sheet cannot print as typed, as the layout reported them: characters
 * none of its fonts has (they print as empty boxes), and words cut with a hyphen
 * because their column is too narrow (with the way out: other paper, shorter names).
 * A step's cut columns are one finding, so a narrow sheet does not flood the list.
 */
export function checkPrint(
  doc: SopDocument,
  graph: SopGraph,
  unprintable: readonly UnprintableReport[],
  hyphenated: readonly TextPlace[],
): Finding[] {
  const where = placeDescriber(doc, graph);
  const findings: Finding[] = [];
  for (const { place, chars } of unprintable) {
    const at = where(place);
    if (!at) continue;
    findings.push(finding('text.unprintable', at, { chars: chars.map(nameChar).join(', ') }));
  }
  const advice = hyphenAdvice(doc);
  // A step's cut columns gathered into one finding, listed in the sheet's order.
  const stepColumns = new Map<string, StepTextField[]>();
  for (const place of hyphenated) {
    if (place.kind !== 'step') continue;
    const fields = stepColumns.get(place.id) ?? [];
    fields.push(place.field);
    stepColumns.set(place.id, fields);
  }
  const done = new Set<string>();
  for (const place of hyphenated) {
    if (place.kind === 'step') {
      if (done.has(place.id)) continue;
      done.add(place.id);
      const fields = stepColumns.get(place.id)!;
      const at = where({ ...place, field: fields[0]! });
      if (!at) continue;
      const column = fields.map((f) => columnName(doc, f)).join(', ');
      findings.push(
        finding('text.hyphenated', { ...at, params: { ...at.params, column } }, { advice }),
      );
      continue;
    }
    const at = where(place);
    if (at) findings.push(finding('text.hyphenated', at, { advice }));
  }
  return findings;
}

type Located = { place: TextPlace; target: FindingTarget; params: FindingParams };

function finding(code: FindingCode, at: Located, params: FindingParams): Finding {
  return {
    code,
    severity: 'warning',
    target: at.target,
    place: at.place,
    params: { ...at.params, ...params },
  };
}

/** The way out of a column too narrow for its words, from the sheet's paper and orientation. */
function hyphenAdvice(doc: SopDocument): 'portrait' | 'paper' | 'shorten' {
  if (doc.sheet.orientation === 'portrait') return 'portrait';
  return doc.sheet.paper === 'A4' || doc.sheet.paper === 'Letter' ? 'paper' : 'shorten';
}

function columnName(doc: SopDocument, field: StepTextField): string {
  return doc.sheet.labels[field].trim() || field;
}

/**
 * The finding target and message values of a place, or null when the place no
 * longer exists (the layout answered about an earlier version of the document).
 */
function placeDescriber(doc: SopDocument, graph: SopGraph): (place: TextPlace) => Located | null {
  const stepNumber = new Map(doc.steps.map((s, i) => [s.id, i + 1]));
  const actorName = new Map(doc.actors.map((a) => [a.id, a.name]));
  const flows = new Map(graph.flows.map((f) => [f.flow.id, f]));
  return (place): Located | null => {
    switch (place.kind) {
      case 'step': {
        const step = stepNumber.get(place.id);
        if (step === undefined) return null;
        const column = columnName(doc, place.field);
        return { place, target: { kind: 'step', id: place.id }, params: { step, column } };
      }
      case 'actor': {
        const name = actorName.get(place.id);
        if (name === undefined) return null;
        return { place, target: { kind: 'actor', id: place.id }, params: { actor: name } };
      }
      case 'flow': {
        const flow = flows.get(place.id);
        if (!flow) return null;
        const params = { step: stepNumberOf(graph, flow.from), to: stepNumberOf(graph, flow.to) };
        return { place, target: { kind: 'flow', id: place.id }, params };
      }
      case 'identity':
        return { place, target: { kind: 'identity', id: place.field }, params: {} };
      case 'columnLabel':
        return {
          place,
          target: { kind: 'columnLabel', id: place.field },
          params: { column: columnName(doc, place.field) },
        };
    }
  };
}
