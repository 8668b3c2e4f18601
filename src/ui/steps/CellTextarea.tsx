import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

/*
 * Browsers with `field-sizing: content` grow the textarea themselves, with no layout read per
 * cell — which matters with hundreds of rows. Others get the classic measure-and-set.
 */
const CSS_GROWS = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'> & { value: string };

/** A table cell's auto-growing textarea. */
export function CellTextarea({ value, ...rest }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (CSS_GROWS || !el) return;
    el.style.height = 'auto';
    const border = el.offsetHeight - el.clientHeight;
    el.style.height = `${el.scrollHeight + Math.max(0, border)}px`;
  }, [value]);
  return <textarea ref={ref} rows={1} value={value} {...rest} />;
}
