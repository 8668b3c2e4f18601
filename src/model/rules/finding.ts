/** What the rule checker reports: one problem, where it is, and how serious. */
import type { IdentityTextField, TextPlace } from '../textPlaces';
import type { ColumnLabels } from '../types';

export type Severity = 'error' | 'warning';

/** The element a finding points to; for `identity` the id is the field name (`approver.name` for the approver). */
export type FindingTarget =
  | { kind: 'step'; id: string }
  | { kind: 'symbol'; id: string }
  | { kind: 'flow'; id: string }
  | { kind: 'actor'; id: string }
  | { kind: 'identity'; id: IdentityFindingField }
  | { kind: 'columnLabel'; id: keyof ColumnLabels };

export type IdentityFindingField = IdentityTextField | 'effectiveDate';

/** Stable codes: tests, the problems panel and outside tools key on them, so never rename one. */
export const FINDING_CODES = [
  'start.missing',
  'start.multiple',
  'start.not-first-step',
  'end.missing',
  'terminator.middle',
  'decision.too-few-exits',
  'decision.unlabelled-exit',
  'decision.duplicate-label',
  'process.no-exit',
  'process.unlabelled-exits',
  'symbol.unreachable',
  'symbol.dead-end',
  'flow.self-loop',
  'flow.duplicate',
  'flow.not-routed-cleanly',
  'step.no-activity',
  'step.no-time',
  'step.no-output',
  'actor.unused',
  'identity.no-number',
  'identity.no-name',
  'identity.no-approver',
  'identity.no-effective-date',
  'text.unprintable',
  'text.hyphenated',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** Values filled into the message: step numbers (1-based, as printed), labels, names. */
export type FindingParams = Record<string, string | number>;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  target: FindingTarget;
  params: FindingParams;
  /** For findings about a text: which field of the target (the message names it). */
  place?: TextPlace;
}
