import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../layout/diagram';
import { sheetMeasurer } from '../../layout/text/measure';
import { sampleDocument } from '../../model/sample';
import { assertWellFormed } from '../../model/commands/testSupport';
import { dropPaletteSymbol, dropRow, dropSymbols } from './dropCommands';

const doc = sampleDocument();
const geometry = layoutDiagram(doc, sheetMeasurer);
const { rows, columns } = geometry.page;
const lane = (i: number) => columns.filter((c) => c.kind === 'actor')[i]!;
const middleOf = (row: number, laneIndex: number) => ({
  x: lane(laneIndex).x + lane(laneIndex).width / 2,
  y: rows[row - 1]!.y + rows[row - 1]!.height / 2,
});

describe('drops on the canvas', () => {
  it('adds a palette symbol to the cell it is dropped on', () => {
    const result = dropPaletteSymbol(doc, geometry, 'decision', middleOf(4, 0))!;
    assertWellFormed(result.doc);
    expect(result.doc.steps[3]!.symbols.map((s) => [s.shape, s.actor])).toEqual([
      ['decision', 'a-pengguna'],
      ['process', 'a-ketua'],
    ]);
    expect(result.select?.kind).toBe('symbol');
  });

  it('adds a new step when dropped below the last row, nothing over the header', () => {
    const last = rows.at(-1)!;
    const result = dropPaletteSymbol(doc, geometry, 'terminator', {
      x: middleOf(1, 2).x,
      y: last.y + last.height + 20,
    })!;
    expect(result.doc.steps).toHaveLength(11);
    expect(result.doc.steps[10]!.symbols[0]).toMatchObject({
      shape: 'terminator',
      actor: 'a-ketua',
    });
    expect(
      dropPaletteSymbol(doc, geometry, 'process', {
        x: middleOf(1, 2).x,
        y: geometry.headerTop + 1,
      }),
    ).toBeNull();
  });

  it('moves dropped symbols to the cells under them; a drop in place changes nothing', () => {
    const moved = dropSymbols(doc, geometry, [{ symbolId: 'n2', at: middleOf(2, 4) }]);
    expect(moved.steps[1]!.symbols[0]!.actor).toBe('a-kepala');
    expect(dropSymbols(doc, geometry, [{ symbolId: 'n2', at: middleOf(2, 1) }])).toBe(doc);
    expect(dropSymbols(doc, geometry, [{ symbolId: 'n2', at: { x: 0, y: 0 } }])).toBe(doc);
  });

  it('moves a symbol dropped below the last row into a new last step', () => {
    const last = rows.at(-1)!;
    const below = { x: middleOf(1, 3).x, y: last.y + last.height + 10 };
    const moved = dropSymbols(doc, geometry, [{ symbolId: 'n5', at: below }]);
    assertWellFormed(moved);
    // Row 5 lost its only symbol and went; its texts came along into the new row.
    expect(moved.steps).toHaveLength(10);
    expect(moved.steps.at(-1)!.symbols).toEqual([
      { id: 'n5', shape: 'process', actor: 'a-statistisi' },
    ]);
    expect(moved.steps.at(-1)!.activity).toBe(doc.steps[4]!.activity);
    expect(moved.flows).toEqual(doc.flows);
  });

  it('reorders a row by where it is dropped', () => {
    const next = dropRow(doc, geometry, 's1', rows[2]!.y + rows[2]!.height * 0.75);
    expect(next.steps.slice(0, 4).map((s) => s.id)).toEqual(['s2', 's3', 's1', 's4']);
    expect(dropRow(doc, geometry, 's1', rows[0]!.y + 1)).toBe(doc);
  });
});
