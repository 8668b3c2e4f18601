import { useCallback, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT';
import { AutoGrowTextarea } from '../common/AutoGrowTextarea';
import { useTextLimit } from '../common/textLimit';
import { useDraftValue } from '../common/useDraftValue';

interface Props {
  listLabel: string;
  index: number;
  count: number;
  value: string;
  multiline: boolean;
  onEdit(index: number, value: string): void;
  onMove(index: number, delta: -1 | 1): void;
  onRemove(index: number): void;
  /** Enter in the item: the text before the caret stays, the text after starts the next item. */
  onEnter(index: number, before: string, after: string): void;
}

/** One item of an identity list: its text and the up, down and remove buttons. */
export function ListItem(props: Props) {
  const { listLabel, index, count, value, multiline, onEdit, onMove, onRemove } = props;
  const t = useT();
  const commit = useCallback((next: string) => onEdit(index, next), [onEdit, index]);
  const [draft, change] = useDraftValue(value, commit);
  const limit = useTextLimit(draft);
  const params = { list: listLabel, n: index + 1 };
  const common = {
    ...limit.fieldProps,
    value: draft,
    'aria-label': t('identity.list.item', params),
    onChange: (e: { target: { value: string } }) => change(e.target.value),
    // Enter starts the next item, as in a word processor's numbered list (three laws typed
    // with Enter are three items); Shift+Enter is a line break inside a many-line item.
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      limit.fieldProps.onKeyDown(e);
      if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.altKey || e.ctrlKey || e.metaKey)
        return;
      if (multiline && e.shiftKey) return;
      e.preventDefault();
      const field = e.currentTarget;
      const start = field.selectionStart ?? field.value.length;
      const end = field.selectionEnd ?? start;
      const before = field.value.slice(0, start);
      // The field keeps what stays in it now, not when the document echoes it back.
      change(before);
      props.onEnter(index, before, field.value.slice(end));
    },
  };
  return (
    <li className="identity-list-item">
      <span className="identity-list-number" aria-hidden="true">
        {index + 1}.
      </span>
      <span className="identity-list-text">
        {multiline ? (
          <AutoGrowTextarea data-action="edit" {...common} />
        ) : (
          <input data-action="edit" type="text" {...common} />
        )}
        {limit.note}
      </span>
      <span className="identity-list-buttons">
        <button
          type="button"
          data-action="up"
          aria-label={t('identity.list.moveUp', params)}
          title={t('identity.list.moveUp', params)}
          disabled={index === 0}
          onClick={() => onMove(index, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          data-action="down"
          aria-label={t('identity.list.moveDown', params)}
          title={t('identity.list.moveDown', params)}
          disabled={index === count - 1}
          onClick={() => onMove(index, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          data-action="remove"
          className="identity-remove"
          aria-label={t('identity.list.remove', params)}
          title={t('identity.list.remove', params)}
          onClick={() => onRemove(index)}
        >
          ✕
        </button>
      </span>
    </li>
  );
}
