import { useCallback, useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { ListItem } from './ListItem';
import { insertItem, moveItem, removeItem, replaceItem } from './listEdit';

interface Props {
  label: string;
  items: readonly string[];
  onChange(items: string[]): void;
  multiline?: boolean;
  testId?: string;
}

type FocusAction = 'edit' | 'up' | 'down' | 'add';
interface FocusRequest {
  index: number;
  action: FocusAction;
  /** The caret at the start of the text (an item split by Enter continues there). */
  caretAtStart?: boolean;
}

/**
 * An identity list edited item by item. After add, move or remove, keyboard
 * focus follows the item, so a keyboard user can keep pressing the same button.
 */
export function ListEditor({ label, items, onChange, multiline = true, testId }: Props) {
  const t = useT();
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Where focus goes once the document has answered the edit with a re-render.
  const focusRequest = useRef<FocusRequest | null>(null);

  useEffect(() => {
    const focus = focusRequest.current;
    if (!focus) return;
    focusRequest.current = null;
    const item = listRef.current?.children[focus.index];
    const wanted = item?.querySelector<HTMLElement>(`[data-action="${focus.action}"]`);
    // A move to the top disables "up": fall back to the item's text, then to "add".
    const target =
      wanted && !(wanted as HTMLButtonElement).disabled
        ? wanted
        : (item?.querySelector<HTMLElement>('[data-action="edit"]') ?? addRef.current);
    target?.focus();
    if (focus.caretAtStart && target instanceof HTMLTextAreaElement) target.setSelectionRange(0, 0);
    if (focus.caretAtStart && target instanceof HTMLInputElement) target.setSelectionRange(0, 0);
  });

  const edit = useCallback(
    (index: number, value: string) => onChange(replaceItem(items, index, value)),
    [items, onChange],
  );
  const move = useCallback(
    (index: number, delta: -1 | 1) => {
      onChange(moveItem(items, index, delta));
      focusRequest.current = { index: index + delta, action: delta < 0 ? 'up' : 'down' };
    },
    [items, onChange],
  );
  const remove = useCallback(
    (index: number) => {
      const next = removeItem(items, index);
      onChange(next);
      focusRequest.current = next.length
        ? { index: Math.min(index, next.length - 1), action: 'edit' }
        : { index: -1, action: 'add' };
    },
    [items, onChange],
  );
  const split = useCallback(
    (index: number, before: string, after: string) => {
      onChange(insertItem(replaceItem(items, index, before), after, index + 1));
      focusRequest.current = { index: index + 1, action: 'edit', caretAtStart: true };
    },
    [items, onChange],
  );
  const add = useCallback(
    (at?: number) => {
      const index = at ?? items.length;
      onChange(insertItem(items, '', index));
      focusRequest.current = { index, action: 'edit' };
    },
    [items, onChange],
  );

  return (
    <section className="identity-list" aria-labelledby={headingId} data-testid={testId}>
      <h3 id={headingId}>{label}</h3>
      {items.length === 0 && <p className="identity-list-empty">{t('identity.list.empty')}</p>}
      <ol ref={listRef}>
        {items.map((value, index) => (
          <ListItem
            // Items are plain strings with no identity of their own; position is the key.
            key={index}
            listLabel={label}
            index={index}
            count={items.length}
            value={value}
            multiline={multiline}
            onEdit={edit}
            onMove={move}
            onRemove={remove}
            onEnter={split}
          />
        ))}
      </ol>
      <button
        ref={addRef}
        type="button"
        className="identity-add"
        aria-label={t('identity.list.add', { list: label })}
        onClick={() => add()}
      >
        + {t('identity.list.addShort')}
      </button>
    </section>
  );
}
