import { createPortal } from 'react-dom';
import type { SheetGeometry } from '../../layout/geometry';
import { SheetPage } from './SheetPage';
import { printPageCss } from './printCss';

/**
 * The pages as printed, placed directly under <body> so the print stylesheet can
 * hide the whole app shell beside them. Hidden on screen; shown only by print
 * media, one SVG per printed page.
 */
export function SheetPrintCopy({ geometry, label }: { geometry: SheetGeometry; label: string }) {
  return createPortal(
    <div className="sheet-print" aria-hidden="true">
      <style>{printPageCss(geometry.paper)}</style>
      {geometry.pages.map((page, i) => (
        <SheetPage
          key={i}
          page={page}
          paper={geometry.paper}
          label={label}
          className="sheet-print-page"
        />
      ))}
    </div>,
    document.body,
  );
}
