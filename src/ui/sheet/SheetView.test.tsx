// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutSheet } from '../../layout/layoutSheet';
import { sheetMeasurer } from '../../layout/text/measure';
import type { SopDocument } from '../../model/types';
import { SheetView } from './SheetView';
import sop009 from '../../../tests/fixtures/sop-009.sop.json';
import sop098 from '../../../tests/fixtures/sop-098.sop.json';
import sop314 from '../../../tests/fixtures/sop-314.sop.json';

afterEach(cleanup);

const FIXTURES = { 'sop-009': sop009, 'sop-098': sop098, 'sop-314': sop314 };

function fixture(name: keyof typeof FIXTURES): SopDocument {
  return (FIXTURES[name] as unknown as { sop: SopDocument }).sop;
}

describe('SheetView', () => {
  it('draws one SVG per page of the layout, sized to the paper', () => {
    const doc = fixture('sop-009');
    const geometry = layoutSheet(doc, { measure: sheetMeasurer });
    render(<SheetView doc={doc} onChangeSheet={() => {}} />);
    const pages = screen.getAllByTestId('sheet-page');
    expect(pages).toHaveLength(geometry.pages.length);
    expect(pages[0]).toHaveAttribute(
      'viewBox',
      `0 0 ${geometry.paper.width} ${geometry.paper.height}`,
    );
    expect(pages.map((p) => p.getAttribute('data-page-kind'))).toEqual(
      geometry.pages.map((p) => p.kind),
    );
    // Every symbol of the document is drawn once (pages split the rows, never a symbol).
    const symbols = doc.steps.flatMap((s) => s.symbols.map((x) => x.id));
    const drawn = pages.flatMap((p) =>
      [...p.querySelectorAll('[data-symbol-id]')].map((e) => e.getAttribute('data-symbol-id')),
    );
    expect(drawn.sort()).toEqual(symbols.sort());
  });

  it('keeps the print copy out of the counted pages', () => {
    const doc = fixture('sop-098');
    render(<SheetView doc={doc} onChangeSheet={() => {}} />);
    const printed = document.body.querySelectorAll('.sheet-print svg');
    expect(printed.length).toBe(screen.getAllByTestId('sheet-page').length);
    expect(document.body.querySelector('.sheet-print style')?.textContent).toContain('@page');
  });

  it('saves option changes through onChangeSheet', () => {
    const onChange = vi.fn();
    render(<SheetView doc={fixture('sop-314')} onChangeSheet={onChange} />);
    fireEvent.change(screen.getByTestId('sheet-paper'), { target: { value: 'Legal' } });
    expect(onChange).toHaveBeenCalledWith({ paper: 'Legal' });
  });
});
