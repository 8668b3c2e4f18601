import { describe, expect, it } from 'vitest';
import { canConnect, connect, deleteFlows, reconnectFlow, setFlowLabel } from './flows';
import { assertWellFormed, runCommand, runResult, smallDoc } from './testSupport';
import type { SopDocument } from '../types';
import { addSymbol } from './symbols';

describe('connect', () => {
  it('draws an arrow, and undoes it', () => {
    const r = runResult(smallDoc(), (doc) => connect(doc, 'n3', 'n1'));
    expect(r.doc.flows.at(-1)).toEqual({ id: r.flowId, from: 'n3', to: 'n1', label: '' });
  });

  it('keeps a given label', () => {
    const r = connect(smallDoc(), 'n2', 'n1', 'Kurang')!;
    expect(r.doc.flows.at(-1)!.label).toBe('Kurang');
  });

  it("labels a decision's first two exits Ya then Tidak, and the third not at all", () => {
    const bare: SopDocument = { ...smallDoc(), flows: [] };
    const first = connect(bare, 'n2', 'n3')!;
    const second = connect(first.doc, 'n2', 'n1')!;
    const extra = addSymbol(second.doc, { stepId: 's3', actorId: 'a2', shape: 'process' })!;
    const third = connect(extra.doc, 'n2', extra.symbolId)!;
    expect(first.doc.flows.map((f) => f.label)).toEqual(['Ya']);
    expect(second.doc.flows.map((f) => f.label)).toEqual(['Ya', 'Tidak']);
    expect(third.doc.flows.map((f) => f.label)).toEqual(['Ya', 'Tidak', '']);
    assertWellFormed(third.doc);
    assertWellFormed(second.doc);
  });

  it('gives Ya when the existing exit is Tidak', () => {
    const doc = setFlowLabel(smallDoc(), 'f2', 'Tidak');
    expect(connect(doc, 'n2', 'n1')!.doc.flows.at(-1)!.label).toBe('Ya');
  });

  it('refuses self-arrows, duplicates and unknown symbols', () => {
    const doc = smallDoc();
    expect(connect(doc, 'n1', 'n1')).toBeNull();
    expect(connect(doc, 'n1', 'n2')).toBeNull();
    expect(connect(doc, 'n1', 'x')).toBeNull();
    expect(canConnect(doc, 'n2', 'n1')).toBe(true);
  });
});

describe('setFlowLabel', () => {
  it('changes the label, and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) => setFlowLabel(doc, 'f2', 'Lengkap'));
    expect(after.flows[1]!.label).toBe('Lengkap');
  });

  it('returns the same document for the same label or an unknown flow', () => {
    const doc = smallDoc();
    expect(setFlowLabel(doc, 'f2', 'Ya')).toBe(doc);
    expect(setFlowLabel(doc, 'x', 'Ya')).toBe(doc);
  });
});

describe('reconnectFlow', () => {
  it('moves an end, and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) => reconnectFlow(doc, 'f2', { to: 'n1' }));
    expect(after.flows[1]).toEqual({ id: 'f2', from: 'n2', to: 'n1', label: 'Ya' });
  });

  it('refuses a self-arrow, a duplicate or an unknown symbol', () => {
    const doc = smallDoc();
    expect(reconnectFlow(doc, 'f2', { to: 'n2' })).toBe(doc);
    expect(reconnectFlow(doc, 'f2', { from: 'n1', to: 'n2' })).toBe(doc);
    expect(reconnectFlow(doc, 'f2', { to: 'x' })).toBe(doc);
    expect(reconnectFlow(doc, 'x', { to: 'n1' })).toBe(doc);
  });
});

describe('deleteFlows', () => {
  it('removes arrows, and undoes it', () => {
    const after = runCommand(smallDoc(), (doc) => deleteFlows(doc, ['f1']));
    expect(after.flows.map((f) => f.id)).toEqual(['f2']);
    expect(after.steps).toEqual(smallDoc().steps);
  });
});
