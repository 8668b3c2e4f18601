import { useT } from '../../i18n/useT';

/** Stands in for the sheet preview until it lands. */
export function SheetPlaceholder() {
  const t = useT();
  return (
    <div className="view-scroll placeholder" data-testid="sheet-view">
      <p>{t('shell.placeholder.sheet')}</p>
    </div>
  );
}
