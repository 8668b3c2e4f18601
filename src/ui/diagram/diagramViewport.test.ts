import { describe, expect, it } from 'vitest';
import { layoutDiagram, type DiagramGeometry } from '../../layout/diagram';
import { FLOWCHART_STYLE } from '../../layout/flowchart/metrics';
import { sheetMeasurer } from '../../layout/text/measure';
import { sampleDocument } from '../../model/sample';
import { PX_PER_PT } from './diagramScale';
import { initialViewport, READABLE_TEXT_PX } from './diagramViewport';

const geometry = layoutDiagram(sampleDocument(), sheetMeasurer);

/** Where a column's left and right edges land on screen in a viewport. */
function onScreen(g: DiagramGeometry, v: { x: number; zoom: number }, kind: string, last = false) {
  const cols = g.page.columns.filter((c) => c.kind === kind);
  const c = (last ? cols[cols.length - 1] : cols[0])!;
  return {
    left: v.x + c.x * PX_PER_PT * v.zoom,
    right: v.x + (c.x + c.width) * PX_PER_PT * v.zoom,
  };
}

describe('initialViewport', () => {
  it('opens with body text at least 11 px on screen, whatever the canvas width', () => {
    for (const width of [320, 730, 1000, 1600, 2400]) {
      const v = initialViewport(geometry, width);
      expect(FLOWCHART_STYLE.bodyFont * PX_PER_PT * v.zoom).toBeGreaterThanOrEqual(
        READABLE_TEXT_PX - 1e-9,
      );
    }
  });

  it('on a narrow canvas fits No, Kegiatan and the actors, the quality columns scrolled to', () => {
    const v = initialViewport(geometry, 730);
    expect(onScreen(geometry, v, 'no').left).toBeCloseTo(12, 6);
    expect(onScreen(geometry, v, 'actor', true).right).toBeLessThanOrEqual(730 - 12 + 1e-6);
    expect(onScreen(geometry, v, 'notes').right).toBeGreaterThan(730);
  });

  it('on a wide canvas shows the whole table, centred, and never zooms past 1.2', () => {
    const v = initialViewport(geometry, 2400);
    expect(v.zoom).toBeLessThanOrEqual(1.2);
    const left = onScreen(geometry, v, 'no').left;
    const right = onScreen(geometry, v, 'notes').right;
    expect(left).toBeGreaterThanOrEqual(12);
    expect(right).toBeLessThanOrEqual(2400 - 12);
    expect(left + right).toBeCloseTo(2400, 6);
  });

  it('puts the top of the table just below the top of the canvas', () => {
    const v = initialViewport(geometry, 730);
    expect(v.y + geometry.headerTop * PX_PER_PT * v.zoom).toBeCloseTo(12, 6);
  });
});
