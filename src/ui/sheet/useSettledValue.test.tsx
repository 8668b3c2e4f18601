// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettledValue } from './useSettledValue';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useSettledValue', () => {
  it('starts with the value and follows it only after a quiet spell', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v, 150), {
      initialProps: { v: 'a' },
    });
    expect(result.current).toBe('a');
    rerender({ v: 'ab' });
    act(() => vi.advanceTimersByTime(100));
    rerender({ v: 'abc' });
    act(() => vi.advanceTimersByTime(100));
    // Each change restarts the wait: still the first value.
    expect(result.current).toBe('a');
    act(() => vi.advanceTimersByTime(60));
    expect(result.current).toBe('abc');
  });
});
