import { useCallback, useId } from 'react';
import type { MessageKey } from '../../i18n/dictionary';
import { useT } from '../../i18n/useT';
import type { ColumnLabels, Orientation, Paper, SheetOptions } from '../../model/types';
import { useTextLimit } from '../common/textLimit';
import { useDraftValue } from '../common/useDraftValue';

const PAPERS: readonly Paper[] = ['A4', 'F4', 'Letter', 'Legal'];
const ORIENTATIONS: readonly Orientation[] = ['landscape', 'portrait'];
const LABEL_KEYS: readonly (keyof ColumnLabels)[] = [
  'activity',
  'requirements',
  'time',
  'output',
  'notes',
];

interface Props {
  sheet: SheetOptions;
  onChangeSheet(patch: Partial<SheetOptions>): void;
}

/** The sheet's print options, saved in the document. */
export function SheetOptionsPanel({ sheet, onChangeSheet }: Props) {
  const t = useT();
  const paperId = useId();
  const setLabel = useCallback(
    (key: keyof ColumnLabels, value: string) =>
      onChangeSheet({ labels: { ...sheet.labels, [key]: value } }),
    [onChangeSheet, sheet.labels],
  );
  return (
    <aside className="sheet-options" aria-label={t('sheet.options')}>
      <h2>{t('sheet.options')}</h2>
      <div className="sheet-option">
        <label htmlFor={paperId}>{t('sheet.paper')}</label>
        <select
          id={paperId}
          value={sheet.paper}
          data-testid="sheet-paper"
          onChange={(e) => onChangeSheet({ paper: e.target.value as Paper })}
        >
          {PAPERS.map((paper) => (
            <option key={paper} value={paper}>
              {t(`sheet.paper.${paper}` satisfies MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="sheet-option" data-testid="sheet-orientation">
        <legend>{t('sheet.orientation')}</legend>
        {ORIENTATIONS.map((orientation) => (
          <label key={orientation} className="sheet-check">
            <input
              type="radio"
              name={`${paperId}-orientation`}
              value={orientation}
              checked={sheet.orientation === orientation}
              onChange={() => onChangeSheet({ orientation })}
            />
            {t(`sheet.orientation.${orientation}` satisfies MessageKey)}
          </label>
        ))}
      </fieldset>
      <label className="sheet-check">
        <input
          type="checkbox"
          checked={sheet.repeatHeader}
          data-testid="sheet-repeat-header"
          onChange={(e) => onChangeSheet({ repeatHeader: e.target.checked })}
        />
        {t('sheet.repeatHeader')}
      </label>
      <label className="sheet-check">
        <input
          type="checkbox"
          checked={sheet.connectorLetters}
          data-testid="sheet-connector-letters"
          onChange={(e) => onChangeSheet({ connectorLetters: e.target.checked })}
        />
        {t('sheet.connectorLetters')}
      </label>
      <fieldset className="sheet-option">
        <legend>{t('sheet.labels')}</legend>
        {LABEL_KEYS.map((key) => (
          <LabelField key={key} field={key} value={sheet.labels[key]} onCommit={setLabel} />
        ))}
      </fieldset>
      <p className="sheet-hint">{t('sheet.printHint')}</p>
    </aside>
  );
}

interface LabelFieldProps {
  field: keyof ColumnLabels;
  value: string;
  onCommit(field: keyof ColumnLabels, value: string): void;
}

function LabelField({ field, value, onCommit }: LabelFieldProps) {
  const t = useT();
  const id = useId();
  const commit = useCallback((next: string) => onCommit(field, next), [onCommit, field]);
  const [draft, change] = useDraftValue(value, commit);
  const limit = useTextLimit(draft);
  return (
    <div className="sheet-label-field">
      <label htmlFor={id}>{t(`sheet.labels.${field}` satisfies MessageKey)}</label>
      <input
        id={id}
        type="text"
        value={draft}
        data-testid={`sheet-label-${field}`}
        {...limit.fieldProps}
        onChange={(e) => change(e.target.value)}
      />
      {limit.note}
    </div>
  );
}
