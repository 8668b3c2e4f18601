import {
  useCallback,
  useContext,
  useId,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { LanguageContext, useT } from '../../i18n/useT';
import { LIMITS } from '../../model/limits';

/*
 * The file format refuses a text longer than LIMITS.textChars, so every field that writes
 * document text stops there (maxLength: the browser cuts a paste or a drop to fit, and ignores
 * typing past it) and says so, instead of silently dropping the rest. The commands cut too, so
 * the document stays valid even if a browser let more through; this is what the user sees.
 */

type Field = HTMLInputElement | HTMLTextAreaElement;

/** A count written the way the interface language writes numbers (20.000 or 20,000). */
export function useFormatCount(): (count: number) => string {
  const language = useContext(LanguageContext);
  return useCallback(
    (count: number) => new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-US').format(count),
    [language],
  );
}

/**
 * A short message under a field or a table that a limit was reached (read out when it appears).
 * A span shown as a block, so it may sit inside a label or a table cell.
 */
export function LimitNote({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <span id={id} className="limit-note" role="status" data-testid="limit-note">
      {children}
    </span>
  );
}

/** Room left in the field for new text, counting the selection the new text replaces. */
function roomIn(field: Field, max: number): number {
  const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
  return max - (field.value.length - Math.max(0, selected));
}

/** Text as a field stores it: line breaks as one "\n", which is how maxLength counts them. */
function insertedLength(text: string): number {
  return text.replace(/\r\n?/g, '\n').length;
}

export interface TextLimitFieldProps {
  maxLength: number;
  onPaste(event: ClipboardEvent<Field>): void;
  onDrop(event: DragEvent<Field>): void;
  onKeyDown(event: KeyboardEvent<Field>): void;
  onBlur(): void;
  'aria-describedby': string | undefined;
}

export interface TextLimit {
  /**
   * Spread on the input or textarea. A field with its own onKeyDown, onPaste or onDrop calls
   * these from its handler (a later prop in the spread would replace them); an own onBlur may
   * replace this one when leaving the field ends its editing anyway.
   */
  fieldProps: TextLimitFieldProps;
  /** The message to place right after the field; null while the limit is not hit. */
  note: ReactNode;
}

interface HitState {
  hit: boolean;
  /** The value's length when last seen, to notice text getting shorter. */
  length: number;
}

/**
 * The limit of a field showing `value`. The message appears when a paste, a drop or a keystroke
 * brought more text than the field had room for. It is about what was just done, so it goes when
 * the user leaves the field (a table of cells keeps no trail of old messages, and the top bar's
 * one does not stay over the view tabs) or the text gets shorter (deleted, or undone).
 */
export function useTextLimit(value: string, max: number = LIMITS.textChars): TextLimit {
  const t = useT();
  const count = useFormatCount();
  const noteId = useId();
  const [state, setState] = useState<HitState>({ hit: false, length: value.length });
  let current = state;
  if (value.length !== state.length) {
    current = { hit: state.hit && value.length >= state.length, length: value.length };
    setState(current);
  }
  const markHit = useCallback(() => setState((s) => (s.hit ? s : { ...s, hit: true })), []);

  const onPaste = useCallback(
    (event: ClipboardEvent<Field>) => {
      const text = event.clipboardData.getData('text/plain');
      if (insertedLength(text) <= roomIn(event.currentTarget, max)) return;
      // A handler further up may take the paste over (the steps table turns rows into steps):
      // only a paste the field itself receives is cut. It has decided once the event is through.
      const native = event.nativeEvent;
      queueMicrotask(() => {
        if (!native.defaultPrevented) markHit();
      });
    },
    [max, markHit],
  );
  const onDrop = useCallback(
    (event: DragEvent<Field>) => {
      const text = event.dataTransfer.getData('text/plain');
      if (insertedLength(text) > roomIn(event.currentTarget, max)) markHit();
    },
    [max, markHit],
  );
  const onKeyDown = useCallback(
    (event: KeyboardEvent<Field>) => {
      // A key that types one character (not a shortcut, not mid-composition) into a full field.
      const types = event.key.length === 1 && !event.ctrlKey && !event.metaKey;
      if (types && !event.nativeEvent.isComposing && roomIn(event.currentTarget, max) <= 0) {
        markHit();
      }
    },
    [max, markHit],
  );

  const onBlur = useCallback(() => setState((s) => (s.hit ? { ...s, hit: false } : s)), []);

  return {
    fieldProps: {
      maxLength: max,
      onPaste,
      onDrop,
      onKeyDown,
      onBlur,
      'aria-describedby': current.hit ? noteId : undefined,
    },
    note: current.hit ? (
      <LimitNote id={noteId}>{t('common.textLimit', { max: count(max) })}</LimitNote>
    ) : null,
  };
}
