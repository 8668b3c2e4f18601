import { useEffect, useRef, useState } from 'react';
import type { ActorColumn, ColumnRole } from '../../model/commands';
import type { ColumnLabels } from '../../model/types';
import { useT } from '../../i18n/useT';

const ROLES: readonly ColumnRole[] = [
  'activity',
  'actor',
  'symbol',
  'requirements',
  'time',
  'output',
  'notes',
  'no',
  'next',
  'nextYes',
  'nextNo',
  'skip',
];

/** Rows shown in the preview: enough to recognise the columns. */
const SHOWN_ROWS = 4;

/**
 * Rows pasted without a header: where each column will land, changeable, before anything
 * is inserted. Enter (or "Tempel") inserts, Escape (or "Batal") leaves the table as it was.
 */
export function PastePreview({
  preview,
  labels,
  onApply,
  onCancel,
  intro,
  applyLabel,
}: {
  /** What the preview is about (default: rows pasted without a header). */
  intro?: string;
  applyLabel?: string;
  preview: {
    rows: string[][];
    roles: readonly ColumnRole[];
    /** Columns that stand for one actor each (official layout): shown by the actor's name. */
    actorColumns?: readonly ActorColumn[];
  };
  labels: ColumnLabels;
  onApply(roles: ColumnRole[]): void;
  onCancel(): void;
}) {
  const t = useT();
  const width = Math.max(...preview.rows.map((r) => r.length));
  const [roles, setRoles] = useState<ColumnRole[]>(() =>
    Array.from({ length: width }, (_, i) => preview.roles[i] ?? 'skip'),
  );
  const apply = useRef<HTMLButtonElement>(null);
  useEffect(() => apply.current?.focus(), []);

  const roleName = (role: ColumnRole): string => {
    switch (role) {
      case 'activity':
      case 'requirements':
      case 'time':
      case 'output':
      case 'notes':
        return labels[role];
      default:
        return t(`steps.paste.role.${role}`);
    }
  };
  // One field in two columns would lose one of them: the later choice wins, the other is skipped.
  const choose = (column: number, role: ColumnRole) =>
    setRoles((current) =>
      current.map((r, i) => (i === column ? role : r === role && role !== 'skip' ? 'skip' : r)),
    );

  return (
    <div
      className="paste-preview"
      role="dialog"
      aria-label={t('steps.paste.title')}
      data-testid="paste-preview"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p className="paste-preview-title">
        {intro ?? t('steps.paste.intro', { count: String(preview.rows.length) })}
      </p>
      <div className="paste-preview-scroll">
        <table className="paste-preview-table">
          <thead>
            <tr>
              {roles.map((role, i) => {
                const actor = preview.actorColumns?.find((c) => c.col === i);
                if (actor)
                  return (
                    <th key={i} className="paste-preview-actor">
                      {t('steps.paste.actorColumn', { name: actor.name })}
                    </th>
                  );
                return (
                  <th key={i}>
                    <select
                      aria-label={t('steps.paste.column', { n: String(i + 1) })}
                      data-testid="paste-preview-role"
                      value={role}
                      onChange={(e) => choose(i, e.target.value as ColumnRole)}
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {roleName(r)}
                        </option>
                      ))}
                    </select>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, SHOWN_ROWS).map((row, r) => (
              <tr key={r}>
                {roles.map((role, i) => (
                  <td key={i} className={role === 'skip' ? 'is-skipped' : undefined}>
                    {row[i] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.rows.length > SHOWN_ROWS && (
        <p className="paste-preview-more">
          {t('steps.paste.more', { count: String(preview.rows.length - SHOWN_ROWS) })}
        </p>
      )}
      <div className="paste-preview-actions">
        <button
          type="button"
          ref={apply}
          className="steps-button"
          data-testid="paste-preview-apply"
          onClick={() => onApply(roles)}
        >
          {applyLabel ?? t('steps.paste.apply')}
        </button>
        <button
          type="button"
          className="steps-button"
          data-testid="paste-preview-cancel"
          onClick={onCancel}
        >
          {t('steps.paste.cancel')}
        </button>
      </div>
    </div>
  );
}
