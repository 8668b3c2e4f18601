import type { ColumnLabels, SheetOptions, SopDocument } from '../types';
import { clampText } from './rows';

/** A change of sheet options; `labels` may be given in part. */
export type SheetPatch = Partial<Omit<SheetOptions, 'labels'>> & { labels?: Partial<ColumnLabels> };

/** The given column labels cut to the file limit (a label is document text like any other). */
function clampLabels(labels: Partial<ColumnLabels>): Partial<ColumnLabels> {
  const next: Partial<ColumnLabels> = {};
  for (const key of Object.keys(labels) as (keyof ColumnLabels)[]) {
    const value = labels[key];
    if (value !== undefined) next[key] = clampText(value);
  }
  return next;
}

/** Changes how the official sheet is printed (paper, orientation, header options, column labels). */
export function setSheetOptions(doc: SopDocument, patch: SheetPatch): SopDocument {
  const { labels, ...rest } = patch;
  const next: SheetOptions = {
    ...doc.sheet,
    ...rest,
    labels: labels ? { ...doc.sheet.labels, ...clampLabels(labels) } : doc.sheet.labels,
  };
  const same =
    (Object.keys(next) as (keyof SheetOptions)[]).every(
      (k) => k === 'labels' || Object.is(next[k], doc.sheet[k]),
    ) &&
    (Object.keys(next.labels) as (keyof ColumnLabels)[]).every(
      (k) => next.labels[k] === doc.sheet.labels[k],
    );
  return same ? doc : { ...doc, sheet: next };
}
