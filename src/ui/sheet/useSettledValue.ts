import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs`. Laying out a long SOP
 * takes a few hundred milliseconds; waiting for a typing burst to settle lays
 * it out once per pause instead of once per keystroke.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
