import { describe, expect, it } from 'vitest';
import type { FlowchartPageGeometry } from '../geometry';
import { layoutSheet } from '../layoutSheet';
import { generateSop } from '../testing/generateSop';
import { sheetMeasurer as measure } from '../text/measure';

const firstFlowchartPage = (doc: ReturnType<typeof generateSop>): FlowchartPageGeometry =>
  layoutSheet(doc, { measure }).pages.find(
    (p): p is FlowchartPageGeometry => p.kind === 'flowchart',
  )!;

describe('flowchart header', () => {
  it('sets actor names in smaller type rather than hyphenating them in narrow columns', () => {
    const doc = generateSop({ seed: 7, steps: 12, actors: 9, paper: 'Letter' });
    doc.sheet.orientation = 'portrait';
    doc.actors.forEach((a, i) => (a.name = `Kepala Bagian ${i + 1}`));
    const page = firstFlowchartPage(doc);
    const names = page.texts.filter((t) => t.place?.kind === 'actor');
    expect(names).toHaveLength(9);
    for (const name of names) {
      expect(name.hyphenated).toBeUndefined();
      expect(name.lines.map((l) => l.text).join(' ')).toBe(name.source);
      expect(name.fontSize).toBeLessThan(8);
      expect(name.fontSize).toBeGreaterThanOrEqual(6);
    }
    // One size for the whole Pelaksana row.
    expect(new Set(names.map((n) => n.fontSize)).size).toBe(1);
  });

  it('keeps full-size type where the names fit', () => {
    const doc = generateSop({ seed: 7, steps: 12, actors: 3 });
    doc.actors.forEach((a, i) => (a.name = `Kepala Bagian ${i + 1}`));
    const names = firstFlowchartPage(doc).texts.filter((t) => t.place?.kind === 'actor');
    for (const name of names) expect(name.fontSize).toBe(8);
  });
});
