import { useT } from '../../i18n/useT';
import type { SaveStatus } from '../../store/editorTypes';
import { useEditor } from '../../store/useEditor';
import type { Translate } from '../../i18n/useT';
import { ProblemsStatus } from '../problems/ProblemsStatus';
import { clockTime } from './changedTime';

function statusText(status: SaveStatus, t: Translate): string {
  switch (status.kind) {
    case 'saved':
      return t('shell.status.saved', { time: clockTime(status.at) });
    case 'pending':
      return t('shell.status.pending');
    case 'error':
      if (status.reason === 'invalid') return t('shell.status.invalid');
      return t(status.reason === 'quota' ? 'shell.status.quota' : 'shell.status.failed');
    case 'conflict':
      return t('shell.status.conflict');
    case 'memory':
      return t('shell.status.memory');
  }
}

/** The status line: whether the work is saved, and the document's size. */
export function StatusLine() {
  const t = useT();
  const status = useEditor((s) => s.saveStatus);
  const steps = useEditor((s) => s.doc.steps.length);
  const actors = useEditor((s) => s.doc.actors.length);
  const bad = status.kind === 'error' || status.kind === 'conflict' || status.kind === 'memory';
  return (
    <footer className="status-line">
      <span
        className={bad ? 'save-status save-status-bad' : 'save-status'}
        data-testid="save-status"
        data-status={status.kind}
        role="status"
      >
        {statusText(status, t)}
      </span>
      <ProblemsStatus />
      <span className="status-counts">{t('shell.status.counts', { steps, actors })}</span>
    </footer>
  );
}
