import { formatFileError } from '../../model/fileErrorMessages';
import { useT, type Translate } from '../../i18n/useT';
import type { Language } from '../../i18n/table';
import type { Notice } from '../../store/editorTypes';
import { useEditor } from '../../store/useEditor';

/** "Changed since the last export: set Tanggal Revisi to today?" with the button that does it. */
function RevisionDateOffer({ docId, date, t }: { docId: string; date: string; t: Translate }) {
  const openId = useEditor((s) => s.docId);
  const apply = useEditor((s) => s.apply);
  const revision = useEditor((s) => s.doc.identity.revisionDate);
  const done = revision === date;
  return (
    <>
      <p>{t(done ? 'shell.notice.revisionDateSet' : 'shell.notice.revisionDateOffer', { date })}</p>
      {!done && openId === docId && (
        <button
          type="button"
          className="banner-action"
          data-testid="revision-date-set"
          onClick={() =>
            apply((doc) => ({ ...doc, identity: { ...doc.identity, revisionDate: date } }))
          }
        >
          {t('shell.notice.revisionDateButton')}
        </button>
      )}
    </>
  );
}

function NoticeBody({ notice, t, language }: { notice: Notice; t: Translate; language: Language }) {
  switch (notice.kind) {
    case 'fileRefused':
      return (
        <>
          <p>{t('shell.file.refused', { file: notice.fileName })}</p>
          <ul className="banner-list">
            {notice.errors.map((e, i) => (
              <li key={i}>{formatFileError(e, language)}</li>
            ))}
          </ul>
        </>
      );
    case 'fileUnreadable':
      return (
        <p>
          {t('shell.file.refused', { file: notice.fileName })} {t('shell.file.unreadable')}
        </p>
      );
    case 'sheetRefused':
      return (
        <p>
          {t('shell.file.refused', { file: notice.fileName })} {t(`shell.sheet.${notice.reason}`)}
        </p>
      );
    case 'exportFailed':
      return <p>{t('shell.export.failed', { reason: notice.reason })}</p>;
    case 'quarantined':
      return (
        <>
          <p>{t('shell.notice.quarantined', { count: notice.entries.length })}</p>
          <ul className="banner-list">
            {notice.entries.map((e) => (
              <li key={e.key}>
                {e.reason === 'newer'
                  ? t('shell.notice.quarantinedNewer', { key: e.key })
                  : e.movedTo === null
                    ? t('shell.notice.quarantinedKept', { key: e.key })
                    : t('shell.notice.quarantinedItem', { key: e.key, movedTo: e.movedTo })}
              </li>
            ))}
          </ul>
        </>
      );
    case 'imported': {
      const parts = (
        [
          ['shell.notice.importedAdded', notice.added],
          ['shell.notice.importedReplaced', notice.replaced],
          ['shell.notice.importedKept', notice.kept],
          ['shell.notice.importedSkipped', notice.skipped],
          ['shell.notice.importedFailed', notice.failed],
        ] as const
      )
        .filter(([, count]) => count > 0)
        .map(([key, count]) => t(key, { count: String(count) }));
      return (
        <p data-testid="import-summary">
          {parts.length === 0
            ? t('shell.notice.importedNothing')
            : t('shell.notice.imported', { parts: parts.join(', ') })}
        </p>
      );
    }
    case 'offerRevisionDate':
      return <RevisionDateOffer docId={notice.docId} date={notice.date} t={t} />;
    case 'profileApplied':
      return <p>{t('shell.notice.profileApplied', { count: String(notice.count) })}</p>;
    case 'recovered':
      return <p>{t('shell.notice.recovered', { names: notice.names.join(', ') })}</p>;
    case 'leaveBlocked':
      return (
        <p>
          {t(
            notice.reason === 'conflict'
              ? 'shell.notice.leaveConflict'
              : 'shell.notice.leaveUnsaved',
          )}
        </p>
      );
  }
}

/** Messages about files and storage, each dismissable; errors carry `error-message`. */
export function Notices() {
  const t = useT();
  const notices = useEditor((s) => s.notices);
  const language = useEditor((s) => s.language);
  const dismiss = useEditor((s) => s.dismissNotice);
  return notices.map((notice, index) => {
    const isError =
      (notice.kind !== 'imported' || notice.failed > 0) &&
      notice.kind !== 'recovered' &&
      notice.kind !== 'profileApplied' &&
      notice.kind !== 'offerRevisionDate';
    return (
      <div
        key={index}
        className={isError ? 'banner banner-error' : 'banner banner-info'}
        role={isError ? 'alert' : 'status'}
        data-testid={isError ? 'error-message' : 'notice-message'}
        data-error={notice.kind}
      >
        <div className="banner-text">
          <NoticeBody notice={notice} t={t} language={language} />
        </div>
        <button
          type="button"
          className="banner-dismiss"
          onClick={() => dismiss(index)}
          aria-label={t('shell.notice.dismiss')}
        >
          ×
        </button>
      </div>
    );
  });
}
