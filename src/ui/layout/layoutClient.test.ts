import { describe, expect, it, vi } from 'vitest';
import { sampleDocument } from '../../model/sample';
import type { SopDocument } from '../../model/types';
import { LayoutClient, type WorkerLike } from './layoutClient';
import { createLayoutResponder, type LayoutRequest } from './layoutJob';

/** A worker the test answers by hand, with the real layout. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  posted: LayoutRequest[] = [];
  private readonly respond = createLayoutResponder();
  postMessage(message: LayoutRequest): void {
    this.posted.push(message);
  }
  terminate(): void {}
  /** Answers the oldest unanswered request. */
  answerNext(): void {
    const request = this.posted.shift();
    if (request) this.onmessage?.({ data: this.respond(request) });
  }
}

/** A new snapshot of the sample SOP, as an edit makes one. */
function edit(doc: SopDocument, name: string): SopDocument {
  return { ...doc, identity: { ...doc.identity, name } };
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = new LayoutClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

describe('LayoutClient', () => {
  it('lays a snapshot out in its worker and shows the answer', () => {
    const { client, workers } = setup();
    const a = sampleDocument();
    client.request('diagram', a);
    expect(client.state('diagram')).toEqual({ result: null, pending: true });
    workers[0]!.answerNext();
    const { result, pending } = client.state('diagram');
    expect(pending).toBe(false);
    expect(result?.doc).toBe(a);
    expect(result && 'answer' in result && result.answer.geometry.page.symbols.length).toBe(
      a.steps.flatMap((s) => s.symbols).length,
    );
  });

  it('drops the answer for a snapshot edited meanwhile, and lays out the newest instead', () => {
    const { client, workers } = setup();
    const a = sampleDocument();
    const b = edit(a, 'B');
    client.request('sheet', a);
    client.request('sheet', b);
    // One job at a time: b waits for a.
    expect(workers[0]!.posted.map((r) => r.doc)).toEqual([a]);
    workers[0]!.answerNext();
    expect(client.state('sheet').result).toBeNull();
    expect(workers[0]!.posted.map((r) => r.doc)).toEqual([b]);
    workers[0]!.answerNext();
    expect(client.state('sheet').result?.doc).toBe(b);
  });

  it('lays out a burst of edits once more, not once for each', () => {
    const { client, workers } = setup();
    const a = sampleDocument();
    const later = ['B', 'C', 'D'].map((n) => edit(a, n));
    client.request('diagram', a);
    for (const doc of later) client.request('diagram', doc);
    workers[0]!.answerNext();
    expect(workers[0]!.posted.map((r) => r.doc)).toEqual([later[2]]);
  });

  it('keeps the last layout on show, pending, while a newer one is worked out', () => {
    const { client, workers } = setup();
    const a = sampleDocument();
    client.request('diagram', a);
    workers[0]!.answerNext();
    const b = edit(a, 'B');
    client.request('diagram', b);
    expect(client.state('diagram').result?.doc).toBe(a);
    expect(client.state('diagram').pending).toBe(true);
    // Undone before it answered: the layout shown is current again.
    client.request('diagram', a);
    expect(client.state('diagram').pending).toBe(false);
    workers[0]!.answerNext();
    expect(client.state('diagram').result?.doc).toBe(a);
    expect(workers[0]!.posted).toEqual([]);
  });

  it('runs the canvas and the sheet in two workers; the check shares the sheet one', () => {
    vi.useFakeTimers();
    const { client, workers } = setup();
    const a = sampleDocument();
    client.request('diagram', a);
    client.request('sheet', a);
    client.request('check', a);
    // The sheet's worker yields to the canvas: nothing goes to it while the canvas is laid out.
    vi.advanceTimersByTime(100);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((r) => r.kind)).toEqual(['diagram']);
    workers[0]!.answerNext();
    vi.useRealTimers();
    expect(workers).toHaveLength(2);
    expect(workers[1]!.posted.map((r) => r.kind)).toEqual(['sheet', 'check']);
    // Both name the same snapshot: the worker lays the sheet out once for the two.
    expect(new Set(workers[1]!.posted.map((r) => r.version)).size).toBe(1);
    workers[1]!.answerNext();
    workers[1]!.answerNext();
    expect(client.state('check').result).toEqual({
      doc: a,
      answer: { unclean: [], unprintable: [], hyphenated: [] },
    });
  });

  it('without a canvas, the sheet and the check start at once', () => {
    const { client, workers } = setup();
    const a = sampleDocument();
    client.request('check', a);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((r) => r.kind)).toEqual(['check']);
  });

  it('a check asked beside an idle canvas waits a moment for the canvas to ask too', () => {
    vi.useFakeTimers();
    const { client, workers } = setup();
    const a = sampleDocument();
    client.request('diagram', a);
    workers[0]!.answerNext();
    const b = edit(a, 'B');
    // The check of an edit is asked first; the canvas asks for the same edit a frame later.
    client.request('check', b);
    vi.advanceTimersByTime(16);
    client.request('diagram', b);
    vi.advanceTimersByTime(100);
    expect(workers).toHaveLength(1);
    workers[0]!.answerNext();
    expect(workers[1]!.posted.map((r) => r.kind)).toEqual(['check']);
    vi.useRealTimers();
  });

  it('lays out on the main thread, a task later, where there are no workers', async () => {
    vi.useFakeTimers();
    try {
      const client = new LayoutClient(() => null);
      const a = sampleDocument();
      client.request('check', a);
      expect(client.state('check').result).toBeNull();
      await vi.runAllTimersAsync();
      expect(client.state('check').result).toEqual({
        doc: a,
        answer: { unclean: [], unprintable: [], hyphenated: [] },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands the job of a worker that fails to the main thread', async () => {
    vi.useFakeTimers();
    try {
      const { client, workers } = setup();
      const a = sampleDocument();
      client.request('sheet', a);
      workers[0]!.onerror?.(new Event('error'));
      await vi.runAllTimersAsync();
      expect(client.state('sheet').result?.doc).toBe(a);
      // Later jobs too: no new worker is tried.
      client.request('sheet', edit(a, 'B'));
      await vi.runAllTimersAsync();
      expect(client.state('sheet').result?.doc.identity.name).toBe('B');
      expect(workers).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
