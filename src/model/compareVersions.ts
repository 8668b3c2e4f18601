import type { Identity, SopDocument, Step } from './types';

/**
 * What changed between two versions of one SOP: steps added, removed and changed (matched by
 * their ids, which every edit keeps), with the changed words marked, and the identity fields
 * that differ. Pure: the history dialog shows it, the tests read it.
 */

/** A run of words that is in both versions, only in the newer, or only in the older. */
export interface WordRun {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export const STEP_TEXT_FIELDS = ['activity', 'requirements', 'time', 'output', 'notes'] as const;
export type StepTextField = (typeof STEP_TEXT_FIELDS)[number];

export interface FieldChange<F extends string> {
  field: F;
  before: string;
  after: string;
  words: WordRun[];
}

export type StepChange =
  | { kind: 'added'; number: number; step: Step }
  | { kind: 'removed'; number: number; step: Step }
  | {
      kind: 'changed';
      /** Its number in the newer version. */
      number: number;
      step: Step;
      fields: FieldChange<StepTextField | 'actors'>[];
    };

export type IdentityField =
  | 'name'
  | 'number'
  | 'unit'
  | 'organization'
  | 'createdDate'
  | 'revisionDate'
  | 'effectiveDate'
  | 'approver'
  | 'logo'
  | 'legalBasis'
  | 'qualifications'
  | 'relatedSops'
  | 'equipment'
  | 'warnings'
  | 'records';

export interface VersionComparison {
  steps: StepChange[];
  identity: FieldChange<IdentityField>[];
  /** Actor columns added or removed (by name). */
  actorsAdded: string[];
  actorsRemoved: string[];
  flowsChanged: boolean;
}

/** Words and the spaces after them, so the runs join back into the text exactly. */
function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/** The longest common subsequence of two word lists, as runs of same / removed / added words. */
export function diffWords(before: string, after: string): WordRun[] {
  const a = words(before);
  const b = words(after);
  // Texts of an SOP cell are short; a table of a few thousand cells is nothing.
  const cells = (a.length + 1) * (b.length + 1);
  if (cells > 4_000_000) {
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ].filter((r) => r.text !== '') as WordRun[];
  }
  const width = b.length + 1;
  const lcs = new Uint32Array(cells);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i]!.trim() === b[j]!.trim()
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  const runs: WordRun[] = [];
  const push = (kind: WordRun['kind'], text: string) => {
    const last = runs.at(-1);
    if (last && last.kind === kind) last.text += text;
    else runs.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]!.trim() === b[j]!.trim()) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return runs;
}

function change<F extends string>(field: F, before: string, after: string): FieldChange<F> | null {
  return before === after ? null : { field, before, after, words: diffWords(before, after) };
}

const actorsOf = (doc: SopDocument, step: Step) =>
  step.symbols.map((s) => doc.actors.find((a) => a.id === s.actor)?.name ?? s.actor).join(', ');

function identityText(identity: Identity, field: IdentityField): string {
  const value = identity[field];
  if (value === null) return '';
  if (typeof value === 'string') return field === 'logo' ? '(logo)' : value;
  if (Array.isArray(value)) return value.join('\n');
  return [value.title, value.name, value.nip].filter((p) => p !== '').join(' · ');
}

const IDENTITY_FIELDS: IdentityField[] = [
  'name',
  'number',
  'unit',
  'organization',
  'createdDate',
  'revisionDate',
  'effectiveDate',
  'approver',
  'logo',
  'legalBasis',
  'qualifications',
  'relatedSops',
  'equipment',
  'warnings',
  'records',
];

/** What changed from `older` to `newer`. */
export function compareVersions(older: SopDocument, newer: SopDocument): VersionComparison {
  const steps: StepChange[] = [];
  const olderSteps = new Map(older.steps.map((s, i) => [s.id, { step: s, number: i + 1 }]));
  const newerIds = new Set(newer.steps.map((s) => s.id));
  newer.steps.forEach((step, i) => {
    const before = olderSteps.get(step.id);
    if (!before) {
      steps.push({ kind: 'added', number: i + 1, step });
      return;
    }
    const fields: FieldChange<StepTextField | 'actors'>[] = [];
    for (const field of STEP_TEXT_FIELDS) {
      const changed = change(field, before.step[field], step[field]);
      if (changed) fields.push(changed);
    }
    const actors = change('actors', actorsOf(older, before.step), actorsOf(newer, step));
    if (actors) fields.push(actors);
    if (fields.length > 0) steps.push({ kind: 'changed', number: i + 1, step, fields });
  });
  for (const { step, number } of olderSteps.values())
    if (!newerIds.has(step.id)) steps.push({ kind: 'removed', number, step });
  const identity = IDENTITY_FIELDS.flatMap((field) => {
    const changed = change(
      field,
      identityText(older.identity, field),
      identityText(newer.identity, field),
    );
    return changed ? [changed] : [];
  });
  const olderNames = new Set(older.actors.map((a) => a.name));
  const newerNames = new Set(newer.actors.map((a) => a.name));
  return {
    steps,
    identity,
    actorsAdded: [...newerNames].filter((n) => !olderNames.has(n)),
    actorsRemoved: [...olderNames].filter((n) => !newerNames.has(n)),
    flowsChanged: JSON.stringify(older.flows) !== JSON.stringify(newer.flows),
  };
}

/** True when nothing but the revision date differs (an SOP exported again unchanged). */
export function sameContent(a: SopDocument, b: SopDocument): boolean {
  const strip = (doc: SopDocument) =>
    JSON.stringify({ ...doc, identity: { ...doc.identity, revisionDate: null } });
  return strip(a) === strip(b);
}
