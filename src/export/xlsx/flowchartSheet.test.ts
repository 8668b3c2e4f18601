import { describe, expect, it } from 'vitest';
import type { FlowchartPageGeometry } from '../../layout/geometry';
import { layoutSheet } from '../../layout/layoutSheet';
import { generateSop } from '../../layout/testing/generateSop';
import { sheetMeasurer } from '../../layout/text/measure';
import { flowchartSheet } from './flowchartSheet';

describe('the Diagram Alir sheet', () => {
  it('sets each header label in the size the sheet sets it, smaller actor names included', () => {
    const doc = generateSop({ seed: 7, steps: 12, actors: 9, paper: 'Letter' });
    doc.sheet.orientation = 'portrait';
    doc.actors.forEach((a, i) => (a.name = `Kepala Bagian ${i + 1}`));
    const pages = layoutSheet(doc, { measure: sheetMeasurer }).pages.filter(
      (p): p is FlowchartPageGeometry => p.kind === 'flowchart',
    );
    const sheet = flowchartSheet(doc, pages, {
      paperCode: 1,
      orientation: 'portrait',
      marginPt: 36,
    });
    const sizeOf = (text: string) =>
      sheet.model.cells.find(
        (c) => c.value?.kind === 'text' && c.value.runs.map((r) => r.text).join('') === text,
      )?.style.fontSize;
    for (const actor of doc.actors) {
      const onSheet = pages[0]!.texts.find(
        (t) => t.place?.kind === 'actor' && t.place.id === actor.id,
      )!;
      expect(onSheet.fontSize).toBeLessThan(8);
      expect(sizeOf(actor.name)).toBe(onSheet.fontSize);
    }
    expect(sizeOf('No')).toBe(8);
  });
});
