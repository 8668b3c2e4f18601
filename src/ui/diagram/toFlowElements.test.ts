import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../layout/diagram';
import { sheetMeasurer } from '../../layout/text/measure';
import { sampleDocument } from '../../model/sample';
import { PX_PER_PT } from './diagramScale';
import { rowNodeId, TABLE_NODE_ID, toFlowElements } from './toFlowElements';

const doc = sampleDocument();
const geometry = layoutDiagram(doc, sheetMeasurer);
const { nodes, edges } = toFlowElements(geometry, doc.flows);

describe('toFlowElements', () => {
  it('has the table, one row label per step and one node per symbol at its sheet box', () => {
    expect(nodes.filter((n) => n.id === TABLE_NODE_ID)).toHaveLength(1);
    expect(nodes.filter((n) => n.type === 'row').map((n) => n.id)).toEqual(
      doc.steps.map((s) => rowNodeId(s.id)),
    );
    for (const box of geometry.page.symbols) {
      const node = nodes.find((n) => n.id === box.symbolId)!;
      expect(node.type).toBe('symbol');
      expect(node.position).toEqual({ x: box.x * PX_PER_PT, y: box.y * PX_PER_PT });
      expect([node.width, node.height]).toEqual([box.width * PX_PER_PT, box.height * PX_PER_PT]);
    }
  });

  it('has one edge per flow drawing the routed polyline, scaled', () => {
    expect(edges.map((e) => e.id)).toEqual(doc.flows.map((f) => f.id));
    for (const route of geometry.page.routes) {
      const edge = edges.find((e) => e.id === route.flowId)!;
      expect(edge.data!.parts[0]!.points).toEqual(
        route.points.map((p) => ({ x: p.x * PX_PER_PT, y: p.y * PX_PER_PT })),
      );
      expect(edge.data!.label?.text ?? null).toBe(route.label?.text ?? null);
    }
    expect(edges.find((e) => e.id === 'f3')!.data!.label!.text).toBe('Ya');
  });

  it('skips flows whose symbols are not drawn', () => {
    const flows = [...doc.flows, { id: 'fx', from: 'n1', to: 'missing', label: '' }];
    expect(toFlowElements(geometry, flows).edges.map((e) => e.id)).not.toContain('fx');
  });
});
