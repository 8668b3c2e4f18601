import type { Flow, SopDocument, Step } from './types';

/**
 * A copy of the document with exactly the fields of format v1, in the order the
 * specification lists them. Anything else an in-memory document may carry (by
 * mistake or from a newer editor state) never reaches a saved file.
 */
export function toFileDocument(doc: SopDocument): SopDocument {
  const { identity, sheet } = doc;
  return {
    identity: {
      organization: [...identity.organization],
      unit: identity.unit,
      logo: identity.logo,
      number: identity.number,
      createdDate: identity.createdDate,
      revisionDate: identity.revisionDate,
      effectiveDate: identity.effectiveDate,
      approver: {
        title: identity.approver.title,
        name: identity.approver.name,
        nip: identity.approver.nip,
      },
      name: identity.name,
      legalBasis: [...identity.legalBasis],
      qualifications: [...identity.qualifications],
      relatedSops: [...identity.relatedSops],
      equipment: [...identity.equipment],
      warnings: [...identity.warnings],
      records: [...identity.records],
    },
    actors: doc.actors.map((a) => ({ id: a.id, name: a.name })),
    steps: doc.steps.map(fileStep),
    flows: doc.flows.map((f): Flow => ({ id: f.id, from: f.from, to: f.to, label: f.label })),
    sheet: {
      paper: sheet.paper,
      orientation: sheet.orientation,
      repeatHeader: sheet.repeatHeader,
      connectorLetters: sheet.connectorLetters,
      labels: {
        activity: sheet.labels.activity,
        requirements: sheet.labels.requirements,
        time: sheet.labels.time,
        output: sheet.labels.output,
        notes: sheet.labels.notes,
      },
    },
  };
}

function fileStep(s: Step): Step {
  const step: Step = {
    id: s.id,
    activity: s.activity,
    requirements: s.requirements,
    time: s.time,
    output: s.output,
    notes: s.notes,
    symbols: s.symbols.map((y) => ({ id: y.id, shape: y.shape, actor: y.actor })),
  };
  // Written only when set, so files without page breaks stay as the spec shows them.
  if (typeof s.pageBreakBefore === 'boolean') step.pageBreakBefore = s.pageBreakBefore;
  return step;
}
