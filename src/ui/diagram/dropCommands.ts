import type { DiagramGeometry } from '../../layout/diagram';
import type { Point } from '../../layout/geometry';
import { addStep, addSymbol, deleteSymbols, moveStep, moveSymbol } from '../../model/commands';
import type { SopDocument, SymbolShape } from '../../model/types';
import { cellAt, rowDropIndex } from './cellAt';

/*
 * What a drop on the canvas does to the document, as pure functions of the geometry the user
 * saw and the point (in sheet points) where they let go. Each returns the new document and
 * what to select, or null when the drop means nothing (it then changes nothing).
 */

export interface DropResult {
  doc: SopDocument;
  select: { kind: 'symbol' | 'step'; id: string } | null;
}

/** The parts of a diagram geometry that hit-testing needs. */
export const tableOf = (g: DiagramGeometry) => ({
  columns: g.page.columns,
  rows: g.page.rows,
  headerBottom: g.headerBottom,
});

/** A palette symbol dropped at `at`: into the cell's row, or as a new step below the last row. */
export function dropPaletteSymbol(
  doc: SopDocument,
  geometry: DiagramGeometry,
  shape: SymbolShape,
  at: Point,
): DropResult | null {
  const hit = cellAt(tableOf(geometry), at);
  if (!hit) return null;
  if (hit.kind === 'cell') {
    const added = addSymbol(doc, { stepId: hit.stepId, actorId: hit.actorId, shape });
    return added && { doc: added.doc, select: { kind: 'symbol', id: added.symbolId } };
  }
  const added = addStep(doc, { actorId: hit.actorId, shape });
  return added && { doc: added.doc, select: { kind: 'symbol', id: added.symbolId } };
}

/**
 * Symbols dropped with their centres at the given points: each moves to the cell under it;
 * one dropped below the last row moves into a new last step of its own.
 */
export function dropSymbols(
  doc: SopDocument,
  geometry: DiagramGeometry,
  centres: readonly { symbolId: string; at: Point }[],
): SopDocument {
  let next = doc;
  for (const { symbolId, at } of centres) {
    const hit = cellAt(tableOf(geometry), at);
    if (hit?.kind === 'cell') {
      next = moveSymbol(next, symbolId, { stepId: hit.stepId, actorId: hit.actorId });
    } else if (hit?.kind === 'below') {
      next = moveToNewStep(next, symbolId, hit.actorId);
    }
  }
  return next;
}

/** A new last row holding only the moved symbol (the row is made with a stand-in, then swapped). */
function moveToNewStep(doc: SopDocument, symbolId: string, actorId: string): SopDocument {
  const added = addStep(doc, { actorId });
  if (!added) return doc;
  const moved = moveSymbol(added.doc, symbolId, { stepId: added.stepId, actorId });
  return moved === added.doc ? doc : deleteSymbols(moved, [added.symbolId]);
}

/** A row label dropped with its centre at height `y`: the step moves to that place. */
export function dropRow(
  doc: SopDocument,
  geometry: DiagramGeometry,
  stepId: string,
  y: number,
): SopDocument {
  return moveStep(doc, stepId, rowDropIndex(geometry.page.rows, stepId, y));
}
