import { useT } from '../../i18n/useT';
import { Menu } from './Menu';

/** PDF and PNG export. Both are placeholders until the export code lands. */
export function ExportMenu() {
  const t = useT();
  return (
    <Menu label={t('shell.menu.export')} testId="menu-export">
      {() => (
        <>
          <button
            type="button"
            role="menuitem"
            data-testid="export-pdf"
            disabled
            title={t('shell.export.unavailable', { what: t('shell.export.pdf') })}
          >
            {t('shell.export.pdf')}
          </button>
          <button
            type="button"
            role="menuitem"
            data-testid="export-png"
            disabled
            title={t('shell.export.unavailable', { what: t('shell.export.png') })}
          >
            {t('shell.export.png')}
          </button>
        </>
      )}
    </Menu>
  );
}
