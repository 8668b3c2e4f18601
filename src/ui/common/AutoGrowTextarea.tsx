import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';

/*
 * Browsers with `field-sizing: content` grow the textarea themselves, with no layout read per
 * field — which matters with hundreds of table cells. Others get the classic measure-and-set.
 */
const CSS_GROWS =
  typeof CSS !== 'undefined' &&
  typeof CSS.supports === 'function' && // jsdom has CSS but no supports()
  CSS.supports('field-sizing', 'content');

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'> & {
  value: string;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A textarea that grows with its text, so a long legal basis or cell is read without scrolling. */
export function AutoGrowTextarea({ value, ref, style, ...rest }: Props) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  const setRef = useCallback(
    (el: HTMLTextAreaElement | null) => {
      own.current = el;
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
    },
    [ref],
  );
  const grownStyle = useMemo(
    () => (CSS_GROWS ? { ...style, fieldSizing: 'content' as const } : style),
    [style],
  );
  useLayoutEffect(() => {
    const el = own.current;
    if (CSS_GROWS || !el) return;
    el.style.height = 'auto';
    // scrollHeight excludes the border; add it back so the last line is not clipped.
    const border = el.offsetHeight - el.clientHeight;
    el.style.height = `${el.scrollHeight + Math.max(0, border)}px`;
  }, [value]);
  return <textarea ref={setRef} rows={1} value={value} style={grownStyle} {...rest} />;
}
