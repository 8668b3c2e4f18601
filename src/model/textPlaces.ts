import {
  IDENTITY_LIST_FIELDS,
  type ColumnLabels,
  type IdentityListField,
  type SopDocument,
} from './types';

/** The text fields of a step that the sheet prints (its number aside). */
export const STEP_TEXT_FIELDS = ['activity', 'requirements', 'time', 'output', 'notes'] as const;
export type StepTextField = (typeof STEP_TEXT_FIELDS)[number];

/** The identity fields holding text the sheet prints (dates and the logo are not typed text). */
export type IdentityTextField =
  | 'organization'
  | 'unit'
  | 'number'
  | 'name'
  | 'approver.title'
  | 'approver.name'
  | 'approver.nip'
  | IdentityListField;

/**
 * Where a printed text comes from in the document: what a finding about the text
 * points the user to, and what the layout tags its text blocks with.
 */
export type TextPlace =
  | { kind: 'step'; id: string; field: StepTextField }
  | { kind: 'actor'; id: string }
  | { kind: 'flow'; id: string }
  | { kind: 'identity'; field: IdentityTextField }
  | { kind: 'columnLabel'; field: keyof ColumnLabels };

/** A text the sheet prints, with where it comes from. */
export interface PlacedText {
  place: TextPlace;
  text: string;
}

/** Every text of `doc` the sheet prints, in the order of the sheet's pages (identity first). */
export function printedTexts(doc: SopDocument): PlacedText[] {
  const out: PlacedText[] = [];
  const identity = (field: IdentityTextField, text: string): void => {
    if (text !== '') out.push({ place: { kind: 'identity', field }, text });
  };
  const { identity: id } = doc;
  // One entry per list: the lines of a list are one field of the form.
  identity('organization', id.organization.join('\n'));
  identity('unit', id.unit);
  identity('number', id.number);
  identity('approver.title', id.approver.title);
  identity('approver.name', id.approver.name);
  identity('approver.nip', id.approver.nip);
  identity('name', id.name);
  for (const field of IDENTITY_LIST_FIELDS) identity(field, id[field].join('\n'));
  for (const field of STEP_TEXT_FIELDS) {
    const text = doc.sheet.labels[field];
    if (text !== '') out.push({ place: { kind: 'columnLabel', field }, text });
  }
  for (const actor of doc.actors) {
    if (actor.name !== '') out.push({ place: { kind: 'actor', id: actor.id }, text: actor.name });
  }
  for (const step of doc.steps) {
    for (const field of STEP_TEXT_FIELDS) {
      const text = step[field];
      if (text !== '') out.push({ place: { kind: 'step', id: step.id, field }, text });
    }
  }
  for (const flow of doc.flows) {
    if (flow.label !== '') out.push({ place: { kind: 'flow', id: flow.id }, text: flow.label });
  }
  return out;
}

/** A key naming a place, equal for equal places (to gather findings by place). */
export function placeKey(place: TextPlace): string {
  switch (place.kind) {
    case 'step':
      return `step:${place.id}:${place.field}`;
    case 'actor':
    case 'flow':
      return `${place.kind}:${place.id}`;
    case 'identity':
    case 'columnLabel':
      return `${place.kind}:${place.field}`;
  }
}
