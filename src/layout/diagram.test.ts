import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../model/sample';
import type { SopDocument } from '../model/types';
import { layoutDiagram } from './diagram';
import { layoutSheet } from './layoutSheet';
import { sheetMeasurer } from './text/measure';

function longDocument(rows: number): SopDocument {
  const doc = sampleDocument();
  const steps = Array.from({ length: rows }, (_, i) => ({
    ...doc.steps[i % doc.steps.length]!,
    id: `s${i + 1}`,
    symbols: [
      { id: `n${i + 1}`, shape: 'process' as const, actor: doc.actors[i % doc.actors.length]!.id },
    ],
    ...(i === 7 ? { pageBreakBefore: true } : {}),
  }));
  const flows = steps
    .slice(1)
    .map((_, i) => ({ id: `f${i + 1}`, from: `n${i + 1}`, to: `n${i + 2}`, label: '' }));
  return { ...doc, steps, flows };
}

describe('layoutDiagram', () => {
  it('puts every step on one page, page breaks ignored, with every flow routed', () => {
    const doc = longDocument(80);
    const g = layoutDiagram(doc, sheetMeasurer);
    expect(g.page.rows.map((r) => r.stepId)).toEqual(doc.steps.map((s) => s.id));
    expect(g.page.connectors).toEqual([]);
    expect(new Set(g.page.routes.map((r) => r.flowId))).toEqual(
      new Set(doc.flows.map((f) => f.id)),
    );
    expect(g.page.routes.every((r) => r.arrowhead)).toBe(true);
    const last = g.page.rows.at(-1)!;
    expect(g.height).toBeGreaterThan(last.y + last.height);
  });

  it('draws the first sheet page the same way (what you edit is what will print)', () => {
    const doc = sampleDocument();
    const diagram = layoutDiagram(doc, sheetMeasurer);
    const sheet = layoutSheet(doc, { measure: sheetMeasurer }).pages.find(
      (p) => p.kind === 'flowchart',
    );
    if (sheet?.kind !== 'flowchart') throw new Error('no flowchart page');
    expect(diagram.page.columns).toEqual(sheet.columns);
    const shared = sheet.rows.length;
    expect(diagram.page.rows.slice(0, shared)).toEqual(sheet.rows);
    const onSheet = new Set(sheet.rows.map((r) => r.stepId));
    expect(diagram.page.symbols.filter((s) => onSheet.has(s.stepId))).toEqual(sheet.symbols);
  });

  it('places the header split between the header top and the first row', () => {
    const g = layoutDiagram(sampleDocument(), sheetMeasurer);
    expect(g.headerTop).toBeLessThan(g.headerSplit);
    expect(g.headerSplit).toBeLessThan(g.headerBottom);
    expect(g.page.rows[0]!.y).toBeCloseTo(g.headerBottom, 6);
  });

  it('keeps the header and lanes of a document without steps', () => {
    const doc = { ...sampleDocument(), steps: [], flows: [] };
    const g = layoutDiagram(doc, sheetMeasurer);
    expect(g.page.rows).toEqual([]);
    expect(g.page.columns.filter((c) => c.kind === 'actor').map((c) => c.actorId)).toEqual(
      doc.actors.map((a) => a.id),
    );
    expect(g.page.texts.length).toBeGreaterThan(doc.actors.length);
    expect(g.height).toBeGreaterThan(g.headerBottom);
  });
});
