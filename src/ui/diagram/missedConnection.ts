import type { SopDocument } from '../../model/types';

/** Why an arrow drawn with the mouse was not made, as a string key. */
export type MissedConnection =
  'diagram.connect.missed' | 'diagram.connect.self' | 'diagram.connect.duplicate';

/** Screen pixels under which a press on a dot is a click, not an arrow being drawn. */
const CLICK_TRAVEL = 6;

export interface ConnectionEnd {
  /** The symbol the drag started from. */
  fromSymbol: string;
  /** The symbol it was let go over, if any. */
  toSymbol: string | null;
  /** Screen pixels between where the drag started and where it was let go. */
  travel: number;
}

/**
 * What to tell a user whose arrow drag ended without an arrow: let go over empty space, over
 * the symbol it started from, or over a symbol it already points to. Null when the arrow is
 * made, and for a short press on a dot (a click says nothing).
 */
export function missedConnection(doc: SopDocument, end: ConnectionEnd): MissedConnection | null {
  if (end.toSymbol === null || end.toSymbol === end.fromSymbol) {
    if (end.travel < CLICK_TRAVEL) return null;
    return end.toSymbol === null ? 'diagram.connect.missed' : 'diagram.connect.self';
  }
  const exists = doc.flows.some((f) => f.from === end.fromSymbol && f.to === end.toSymbol);
  return exists ? 'diagram.connect.duplicate' : null;
}
