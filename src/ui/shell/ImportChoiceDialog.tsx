import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { Modal } from '../common/Modal';
import type { ImportChoice, PendingImport } from '../../store/editorTypes';
import { useEditor } from '../../store/useEditor';
import { changedTime } from './changedTime';

/**
 * An opened file (or backup) holds documents the library already has, by id: replace the
 * library's copy, keep both, (for a backup) skip those, or cancel. Nothing is written before.
 */
export function ImportChoiceDialog() {
  const pending = useEditor((s) => s.pendingImport);
  const resolve = useEditor((s) => s.resolveImport);
  if (!pending) return null;
  return <ImportChoice pending={pending} onChoose={(choice) => void resolve(choice)} />;
}

function ImportChoice({
  pending,
  onChoose,
}: {
  pending: PendingImport;
  onChoose(choice: ImportChoice): void;
}) {
  const t = useT();
  const first = useRef<HTMLButtonElement>(null);
  // The dialog takes the keyboard: focus on its first answer, Escape cancels.
  useEffect(() => first.current?.focus(), []);
  const backup = pending.kind === 'library';
  const button = (choice: ImportChoice, testId: string, label: string, focus = false) => (
    <button
      type="button"
      className="steps-button"
      data-testid={testId}
      ref={focus ? first : undefined}
      onClick={() => onChoose(choice)}
    >
      {label}
    </button>
  );
  return (
    <Modal
      titleId="import-choice-title"
      title={
        backup
          ? t('shell.importChoice.backupTitle', { count: String(pending.clashes) })
          : t('shell.importChoice.title')
      }
      testId="import-choice"
      onEscape={() => onChoose('cancel')}
    >
      {pending.kind === 'document' ? (
        <>
          <p>
            {t('shell.importChoice.same', {
              file: pending.fileName,
              title: pending.clash.title,
            })}
          </p>
          <ul className="import-choice-times">
            <li>
              {t('shell.importChoice.fileTime', {
                time:
                  pending.file.meta.modified === null
                    ? t('shell.importChoice.unknownTime')
                    : changedTime(pending.file.meta.modified),
              })}
            </li>
            <li>
              {t('shell.importChoice.libraryTime', {
                time: changedTime(pending.clash.updatedAt),
              })}
            </li>
          </ul>
          <p data-testid="import-newer" data-newer={pending.newer}>
            <strong>
              {t(
                pending.newer === 'file'
                  ? 'shell.importChoice.fileNewer'
                  : pending.newer === 'library'
                    ? 'shell.importChoice.libraryNewer'
                    : pending.file.meta.modified === null
                      ? 'shell.importChoice.sameTime'
                      : 'shell.importChoice.sameTimeKnown',
              )}
            </strong>
          </p>
        </>
      ) : (
        <p>
          {t('shell.importChoice.backupIntro', {
            file: pending.fileName,
            total: String(pending.files.length),
            count: String(pending.clashes),
          })}
        </p>
      )}
      <div className="paste-preview-actions">
        {button(
          'replace',
          'import-replace',
          t(backup ? 'shell.importChoice.replaceAll' : 'shell.importChoice.replace'),
          true,
        )}
        {button('keepBoth', 'import-keep-both', t('shell.importChoice.keepBoth'))}
        {backup && button('skip', 'import-skip', t('shell.importChoice.skip'))}
        {button('cancel', 'import-cancel', t('common.cancel'))}
      </div>
    </Modal>
  );
}
