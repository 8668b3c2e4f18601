import { useCallback, useLayoutEffect, useRef, type Ref, type TextareaHTMLAttributes } from 'react';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'> & {
  value: string;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A textarea that grows with its text, so a long legal basis is read without scrolling. */
export function AutoGrowTextarea({ value, ref, ...rest }: Props) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  const setRef = useCallback(
    (el: HTMLTextAreaElement | null) => {
      own.current = el;
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
    },
    [ref],
  );
  useLayoutEffect(() => {
    const el = own.current;
    if (!el) return;
    el.style.height = 'auto';
    // scrollHeight excludes the border; add it back so the last line is not clipped.
    const border = el.offsetHeight - el.clientHeight;
    el.style.height = `${el.scrollHeight + Math.max(0, border)}px`;
  }, [value]);
  return <textarea ref={setRef} rows={1} value={value} {...rest} />;
}
