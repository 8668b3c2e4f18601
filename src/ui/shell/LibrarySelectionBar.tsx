import { useT } from '../../i18n/useT';
import './libraryBars.css';
import type { BulkProgress } from './useBulkExport';

interface Props {
  count: number;
  allShownSelected: boolean;
  onSelectAll(): void;
  onExport(): void;
  onDelete(): void;
  onClear(): void;
  /** Shown when there is an office profile to apply. */
  onApplyProfile: (() => void) | null;
  exporting: boolean;
}

/** What is selected in the library, and what can be done with it at once. */
export function LibrarySelectionBar(props: Props) {
  const t = useT();
  return (
    <div className="library-selection" data-testid="library-selection">
      <label className="library-select-all">
        <input
          type="checkbox"
          data-testid="library-select-all"
          aria-label={t('shell.bulk.selectAll')}
          checked={props.allShownSelected}
          onChange={props.onSelectAll}
        />
        <span>{t('shell.bulk.selected', { count: String(props.count) })}</span>
      </label>
      <div className="library-selection-actions">
        <button
          type="button"
          data-testid="library-export-selected"
          disabled={props.exporting}
          onClick={props.onExport}
        >
          {t('shell.bulk.exportSelected')}
        </button>
        <button
          type="button"
          className="danger"
          data-testid="library-delete-selected"
          onClick={props.onDelete}
        >
          {t('shell.bulk.deleteSelected')}
        </button>
        {props.onApplyProfile && (
          <button type="button" data-testid="library-apply-profile" onClick={props.onApplyProfile}>
            {t('shell.bulk.applyProfile')}
          </button>
        )}
        <button type="button" data-testid="library-clear-selection" onClick={props.onClear}>
          {t('shell.bulk.clear')}
        </button>
      </div>
    </div>
  );
}

/** How far a bulk export has come, with a way to stop it. */
export function LibraryExportProgress({
  progress,
  onCancel,
}: {
  progress: BulkProgress;
  onCancel(): void;
}) {
  const t = useT();
  const text = t('shell.bulk.progress', {
    done: String(progress.done),
    total: String(progress.total),
  });
  return (
    <div className="library-progress" data-testid="library-export-progress">
      <progress max={progress.total} value={progress.done} aria-label={text} />
      <span>{text}</span>
      <button type="button" data-testid="library-export-cancel" onClick={onCancel}>
        {t('shell.bulk.cancel')}
      </button>
    </div>
  );
}
