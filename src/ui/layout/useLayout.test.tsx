// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../model/sample';
import { LayoutClient, type WorkerLike } from './layoutClient';
import { createLayoutResponder, type LayoutRequest } from './layoutJob';
import { LayoutClientContext, useLayout } from './useLayout';

describe('useLayout', () => {
  it('lays out in place, at once, where there are no workers (jsdom has none)', () => {
    expect(typeof Worker).toBe('undefined');
    const doc = sampleDocument();
    const { result } = renderHook(() => useLayout('sheet', doc));
    expect(result.current.pending).toBe(false);
    const shown = result.current.result;
    expect(shown?.doc).toBe(doc);
    expect(shown && 'answer' in shown && shown.answer.geometry.pages.length).toBeGreaterThan(1);
  });

  it('with a worker, shows nothing until it answers, then its layout', () => {
    let worker: (WorkerLike & { posted: LayoutRequest[] }) | null = null;
    const respond = createLayoutResponder();
    const client = new LayoutClient(() => {
      worker = {
        onmessage: null,
        onerror: null,
        posted: [],
        postMessage(m) {
          this.posted.push(m);
        },
        terminate() {},
      };
      return worker;
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <LayoutClientContext value={client}>{children}</LayoutClientContext>
    );
    const doc = sampleDocument();
    const { result } = renderHook(() => useLayout('diagram', doc), { wrapper });
    expect(result.current.result).toBeNull();
    expect(result.current.pending).toBe(true);
    act(() => {
      const w = worker!;
      w.onmessage?.({ data: respond(w.posted.shift()!) });
    });
    expect(result.current.pending).toBe(false);
    expect(result.current.result?.doc).toBe(doc);
  });
});
