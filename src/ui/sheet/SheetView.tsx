import { useDeferredValue } from 'react';
import { useT } from '../../i18n/useT';
import type { SheetOptions, SopDocument } from '../../model/types';
import { useLayout } from '../layout/useLayout';
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

/** The official sheet, page by page exactly as the PDF draws it, with its print options. */
export function SheetView({ doc, onChangeSheet }: SheetViewProps) {
  const t = useT();
  // Laying out hundreds of steps takes a moment: lay out once a burst of edits
  // settles, in the layout worker; the last sheet stays on screen meanwhile.
  const shown = useDeferredValue(useSettledValue(doc, SETTLE_MS));
  const { result, pending } = useLayout('sheet', shown);
  const geometry = result && 'answer' in result ? result.answer.geometry : null;

  return (
    <div className="sheet-view" aria-busy={pending || !result}>
      <section className="sheet-pages" aria-label={t('sheet.pages')}>
        {(pending || !result) && (
          <p className="sheet-pending" role="status" data-testid="layout-pending">
            {t('common.layingOut')}
          </p>
        )}
        {geometry
          ? geometry.pages.map((page, i) => (
              <SheetPage
                key={i}
                page={page}
                paper={geometry.paper}
                label={t('sheet.page', { n: i + 1, count: geometry.pages.length })}
                testId="sheet-page"
                className="sheet-screen-page"
              />
            ))
          : result &&
            'error' in result && (
              <p className="sheet-error" role="alert" data-testid="error-message">
                {t('sheet.error', { message: result.error })}
              </p>
            )}
      </section>
      <SheetOptionsPanel sheet={doc.sheet} onChangeSheet={onChangeSheet} />
      {geometry && <SheetPrintCopy geometry={geometry} label={t('sheet.pages')} />}
    </div>
  );
}
