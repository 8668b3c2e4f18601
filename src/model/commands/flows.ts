import { ID_PREFIX, nextId } from '../ids';
import type { Flow, SopDocument } from '../types';
import { clampText, findSymbol } from './rows';

/*
 * Commands on the arrows. The rules of what may be connected live in `canConnect`, apart from
 * the commands, so the canvas can ask before it shows a drop target.
 */

/** The labels a decision's first two exits get, in this order, when none is given. */
export const DECISION_LABELS = ['Ya', 'Tidak'] as const;

/**
 * Whether an arrow from one symbol to another may be added: both exist, they differ, and no
 * arrow already joins them in that direction. `ignoreFlowId` skips one arrow (when re-attaching it).
 */
export function canConnect(
  doc: SopDocument,
  fromSymbolId: string,
  toSymbolId: string,
  ignoreFlowId?: string,
): boolean {
  if (fromSymbolId === toSymbolId) return false;
  if (!findSymbol(doc, fromSymbolId) || !findSymbol(doc, toSymbolId)) return false;
  return !doc.flows.some(
    (f) => f.id !== ignoreFlowId && f.from === fromSymbolId && f.to === toSymbolId,
  );
}

/** The label a new exit of this symbol gets by default: "Ya", then "Tidak" for a decision. */
export function defaultExitLabel(doc: SopDocument, fromSymbolId: string): string {
  if (findSymbol(doc, fromSymbolId)?.symbol.shape !== 'decision') return '';
  const exits = doc.flows.filter((f) => f.from === fromSymbolId);
  if (exits.length >= DECISION_LABELS.length) return '';
  return DECISION_LABELS.find((label) => !exits.some((f) => f.label === label)) ?? '';
}

export interface ConnectResult {
  doc: SopDocument;
  flowId: string;
}

/** Draws an arrow; null when `canConnect` refuses. Without a label a decision's exits get Ya/Tidak. */
export function connect(
  doc: SopDocument,
  fromSymbolId: string,
  toSymbolId: string,
  label?: string,
): ConnectResult | null {
  if (!canConnect(doc, fromSymbolId, toSymbolId)) return null;
  const flow: Flow = {
    id: nextId(doc, ID_PREFIX.flow),
    from: fromSymbolId,
    to: toSymbolId,
    label: clampText(label ?? defaultExitLabel(doc, fromSymbolId)),
  };
  return { doc: { ...doc, flows: [...doc.flows, flow] }, flowId: flow.id };
}

function mapFlow(doc: SopDocument, flowId: string, update: (flow: Flow) => Flow): SopDocument {
  const index = doc.flows.findIndex((f) => f.id === flowId);
  if (index < 0) return doc;
  const old = doc.flows[index]!;
  const next = update(old);
  if (next === old) return doc;
  const flows = [...doc.flows];
  flows[index] = next;
  return { ...doc, flows };
}

/** Changes the text by an arrow's start. */
export function setFlowLabel(doc: SopDocument, flowId: string, label: string): SopDocument {
  const text = clampText(label);
  return mapFlow(doc, flowId, (flow) => (flow.label === text ? flow : { ...flow, label: text }));
}

/** Moves one or both ends of an arrow; the same document when the new ends are not allowed. */
export function reconnectFlow(
  doc: SopDocument,
  flowId: string,
  ends: { from?: string; to?: string },
): SopDocument {
  return mapFlow(doc, flowId, (flow) => {
    const from = ends.from ?? flow.from;
    const to = ends.to ?? flow.to;
    if (from === flow.from && to === flow.to) return flow;
    return canConnect(doc, from, to, flow.id) ? { ...flow, from, to } : flow;
  });
}

/** Removes arrows. */
export function deleteFlows(doc: SopDocument, flowIds: readonly string[]): SopDocument {
  const doomed = new Set(flowIds);
  const flows = doc.flows.filter((f) => !doomed.has(f.id));
  return flows.length === doc.flows.length ? doc : { ...doc, flows };
}
