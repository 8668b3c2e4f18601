import { useDeferredValue, useMemo } from 'react';
import { useT } from '../../i18n/useT';
import type { SheetGeometry } from '../../layout/geometry';
import { layoutSheet } from '../../layout/layoutSheet';
import { helveticaMeasurer } from '../../layout/text/measure';
import type { SheetOptions, SopDocument } from '../../model/types';
import { SheetOptionsPanel } from './SheetOptionsPanel';
import { SheetPage } from './SheetPage';
import { SheetPrintCopy } from './SheetPrintCopy';
import { useSettledValue } from './useSettledValue';
import './sheet.css';

export interface SheetViewProps {
  doc: SopDocument;
  onChangeSheet(patch: Partial<SheetOptions>): void;
}

/** Long enough to span the gap between two keystrokes, short enough to feel immediate. */
const SETTLE_MS = 150;

type Layout = { ok: true; geometry: SheetGeometry } | { ok: false; message: string };

/** The official sheet, page by page exactly as the PDF draws it, with its print options. */
export function SheetView({ doc, onChangeSheet }: SheetViewProps) {
  const t = useT();
  // Laying out hundreds of steps takes a moment: lay out once a burst of edits
  // settles, and at low priority so the options panel stays responsive.
  const shown = useDeferredValue(useSettledValue(doc, SETTLE_MS));
  const layout = useMemo<Layout>(() => {
    try {
      return { ok: true, geometry: layoutSheet(shown, { measure: helveticaMeasurer }) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }, [shown]);

  return (
    <div className="sheet-view">
      <section className="sheet-pages" aria-label={t('sheet.pages')}>
        {layout.ok ? (
          layout.geometry.pages.map((page, i) => (
            <SheetPage
              key={i}
              page={page}
              paper={layout.geometry.paper}
              label={t('sheet.page', { n: i + 1, count: layout.geometry.pages.length })}
              testId="sheet-page"
              className="sheet-screen-page"
            />
          ))
        ) : (
          <p className="sheet-error" role="alert" data-testid="error-message">
            {t('sheet.error', { message: layout.message })}
          </p>
        )}
      </section>
      <SheetOptionsPanel sheet={doc.sheet} onChangeSheet={onChangeSheet} />
      {layout.ok && <SheetPrintCopy geometry={layout.geometry} label={t('sheet.pages')} />}
    </div>
  );
}
