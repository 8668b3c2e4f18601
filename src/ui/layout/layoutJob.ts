import { layoutDiagram, type DiagramGeometry } from '../../layout/diagram';
import type { SheetGeometry } from '../../layout/geometry';
import { hyphenatedPlaces, layoutSheet, uncleanFlows } from '../../layout/layoutSheet';
import { sheetMeasurer } from '../../layout/text/measure';
import { unprintableTexts, type UnprintableText } from '../../layout/text/unprintable';
import type { TextPlace } from '../../model/textPlaces';
import type { SopDocument } from '../../model/types';

/**
 * What the views ask the layout for: the canvas's one endless page, the printed sheet,
 * or only the sheet's verdict on its arrows (for the problems panel, which needs no
 * geometry and should not pay for carrying it back).
 */
export type LayoutKind = 'diagram' | 'sheet' | 'check';

/** What the sheet's layout says about the document, for the rule checker. */
export interface SheetVerdict {
  /** Flows not routed cleanly. */
  unclean: string[];
  /** Texts with characters the sheet's fonts lack. */
  unprintable: UnprintableText[];
  /** Texts with a word cut by a hyphen. */
  hyphenated: TextPlace[];
}

export interface LayoutAnswers {
  diagram: { geometry: DiagramGeometry; unclean: string[] };
  sheet: SheetVerdict & { geometry: SheetGeometry };
  check: SheetVerdict;
}

export type LayoutAnswer<K extends LayoutKind = LayoutKind> = LayoutAnswers[K];

/** A job for the layout worker; `version` names the document snapshot (the worker keeps the last sheet). */
export interface LayoutRequest {
  id: number;
  kind: LayoutKind;
  version: number;
  doc: SopDocument;
}

export type LayoutReply =
  { id: number; ok: true; answer: LayoutAnswer } | { id: number; ok: false; message: string };

/**
 * Lays `doc` out for `kind`. Pure (text measured with Helvetica's metrics, no DOM), so it
 * runs unchanged in a worker or, where there is none, on the main thread.
 */
export function runLayout<K extends LayoutKind>(kind: K, doc: SopDocument): LayoutAnswer<K>;
export function runLayout(kind: LayoutKind, doc: SopDocument): LayoutAnswer {
  if (kind === 'diagram') {
    const geometry = layoutDiagram(doc, sheetMeasurer);
    return { geometry, unclean: uncleanFlows([geometry.page]) };
  }
  const geometry = layoutSheet(doc, { measure: sheetMeasurer });
  const verdict: SheetVerdict = {
    unclean: uncleanFlows(geometry.pages),
    unprintable: unprintableTexts(doc),
    hyphenated: hyphenatedPlaces(geometry.pages),
  };
  return kind === 'sheet' ? { geometry, ...verdict } : verdict;
}

/** The verdict part of a sheet answer (what the problems panel is sent, without the geometry). */
function verdictOf({ unclean, unprintable, hyphenated }: SheetVerdict): SheetVerdict {
  return { unclean, unprintable, hyphenated };
}

/**
 * Answers requests, keeping the last sheet laid out: the sheet view and the problems
 * panel ask about the same snapshot, and the second question costs nothing.
 */
export function createLayoutResponder(): (request: LayoutRequest) => LayoutReply {
  let lastSheet: { version: number; answer: LayoutAnswer<'sheet'> } | null = null;
  return ({ id, kind, version, doc }) => {
    try {
      if (kind === 'diagram') return { id, ok: true, answer: runLayout('diagram', doc) };
      if (lastSheet?.version !== version) {
        lastSheet = { version, answer: runLayout('sheet', doc) };
      }
      const sheet = lastSheet.answer;
      return { id, ok: true, answer: kind === 'sheet' ? sheet : verdictOf(sheet) };
    } catch (error) {
      return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
