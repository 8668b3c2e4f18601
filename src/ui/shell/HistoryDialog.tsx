import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n/dictionary';
import { useT } from '../../i18n/useT';
import { Modal } from '../common/Modal';
import {
  compareVersions,
  type FieldChange,
  type VersionComparison,
  type WordRun,
} from '../../model/compareVersions';
import type { SavedVersion } from '../../persistence/library';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { changedTime } from './changedTime';
import './history.css';

interface Compared {
  title: string;
  diff: VersionComparison;
}

/**
 * Riwayat versi of the open SOP: keep a version with a note, list them with date and note,
 * compare one with now or two with each other (steps added, removed, changed, the changed
 * words marked; identity fields), restore one as the current document (Urungkan takes it back).
 */
export function HistoryDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const store = useEditorStore();
  const docId = useEditor((s) => s.docId);
  const [versions, setVersions] = useState<SavedVersion[] | null>(null);
  const [note, setNote] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [compared, setCompared] = useState<Compared | null>(null);
  const [failed, setFailed] = useState(false);
  const noteField = useRef<HTMLInputElement>(null);
  const reload = useCallback(async () => {
    setVersions(await store.getState().versions());
  }, [store]);
  useEffect(() => {
    let live = true;
    void store
      .getState()
      .versions()
      .then((found) => {
        if (live) setVersions(found);
      });
    noteField.current?.focus();
    return () => {
      live = false;
    };
  }, [store, docId]);

  const save = async () => {
    const ok = await store.getState().saveVersion(note);
    setFailed(!ok);
    if (ok) {
      setNote('');
      await reload();
    }
  };
  const compare = () => {
    const chosen = (versions ?? []).filter((v) => picked.includes(v.key));
    if (chosen.length === 1) {
      const [only] = chosen;
      setCompared({
        title: t('history.compareWithNow', { time: changedTime(only!.savedAt) }),
        diff: compareVersions(only!.doc, store.getState().doc),
      });
    } else if (chosen.length === 2) {
      // Newest first in the list: the second is the older one.
      const [newer, older] = chosen;
      setCompared({
        title: t('history.compareTwo', {
          older: changedTime(older!.savedAt),
          newer: changedTime(newer!.savedAt),
        }),
        diff: compareVersions(older!.doc, newer!.doc),
      });
    }
  };
  const restore = (version: SavedVersion) => {
    store.getState().apply(() => version.doc);
    onClose();
  };
  const toggle = (key: string) =>
    setPicked((now) =>
      now.includes(key) ? now.filter((k) => k !== key) : [...now.slice(-1), key],
    );

  return (
    <Modal
      titleId="history-title"
      title={t('history.title')}
      testId="history-dialog"
      className="history-dialog"
      onEscape={onClose}
    >
      <p>{t('history.intro')}</p>
      <form
        className="history-save"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <input
          ref={noteField}
          data-testid="history-note"
          aria-label={t('history.note')}
          placeholder={t('history.notePlaceholder')}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <button type="submit" className="steps-button" data-testid="history-save">
          {t('history.save')}
        </button>
      </form>
      {failed && (
        <p role="alert" className="history-failed">
          {t('history.saveFailed')}
        </p>
      )}
      {versions !== null && versions.length === 0 && <p>{t('history.none')}</p>}
      <ul className="history-list" data-testid="history-list">
        {(versions ?? []).map((v) => (
          <li key={v.key} data-testid="history-item" data-kind={v.kind}>
            <input
              type="checkbox"
              data-testid="history-pick"
              aria-label={t('history.pick')}
              checked={picked.includes(v.key)}
              onChange={() => toggle(v.key)}
            />
            <span className="history-time">{changedTime(v.savedAt)}</span>
            <span className="history-kind">{t(`history.kind.${v.kind}`)}</span>
            <span className="history-note">{v.note}</span>
            <button
              type="button"
              className="steps-button"
              data-testid="history-restore"
              onClick={() => restore(v)}
            >
              {t('history.restore')}
            </button>
          </li>
        ))}
      </ul>
      <div className="paste-preview-actions">
        <button
          type="button"
          className="steps-button"
          data-testid="history-compare"
          disabled={picked.length === 0}
          onClick={compare}
        >
          {t('history.compare')}
        </button>
        <button
          type="button"
          className="steps-button"
          data-testid="history-close"
          onClick={onClose}
        >
          {t('common.close')}
        </button>
      </div>
      {compared && <Comparison compared={compared} />}
    </Modal>
  );
}

function Words({ runs }: { runs: WordRun[] }) {
  return runs.map((run, i) =>
    run.kind === 'same' ? (
      <span key={i}>{run.text}</span>
    ) : run.kind === 'added' ? (
      <ins key={i}>{run.text}</ins>
    ) : (
      <del key={i}>{run.text}</del>
    ),
  );
}

function Field({ change }: { change: FieldChange<string> }) {
  const t = useT();
  return (
    <div className="history-field">
      <span className="history-field-name">{t(`history.field.${change.field}` as MessageKey)}</span>{' '}
      <Words runs={change.words} />
    </div>
  );
}

function Comparison({ compared }: { compared: Compared }) {
  const t = useT();
  const { diff } = compared;
  const empty =
    diff.steps.length === 0 &&
    diff.identity.length === 0 &&
    diff.actorsAdded.length === 0 &&
    diff.actorsRemoved.length === 0 &&
    !diff.flowsChanged;
  return (
    <section className="history-diff" data-testid="history-diff" aria-label={compared.title}>
      <h3>{compared.title}</h3>
      {empty && <p>{t('history.same')}</p>}
      {diff.identity.length > 0 && (
        <div data-testid="history-diff-identity">
          <h4>{t('history.identity')}</h4>
          {diff.identity.map((c) => (
            <Field key={c.field} change={c} />
          ))}
        </div>
      )}
      {diff.actorsAdded.length > 0 && (
        <p>{t('history.actorsAdded', { names: diff.actorsAdded.join(', ') })}</p>
      )}
      {diff.actorsRemoved.length > 0 && (
        <p>{t('history.actorsRemoved', { names: diff.actorsRemoved.join(', ') })}</p>
      )}
      <ul>
        {diff.steps.map((s) => (
          <li key={`${s.kind}-${s.step.id}`} data-testid="history-diff-step" data-kind={s.kind}>
            <strong>{t(`history.step.${s.kind}`, { number: String(s.number) })}</strong>
            {s.kind === 'changed' ? (
              s.fields.map((f) => <Field key={f.field} change={f} />)
            ) : s.kind === 'added' ? (
              <div>
                <ins>{s.step.activity}</ins>
              </div>
            ) : (
              <div>
                <del>{s.step.activity}</del>
              </div>
            )}
          </li>
        ))}
      </ul>
      {diff.flowsChanged && <p>{t('history.flowsChanged')}</p>}
    </section>
  );
}
