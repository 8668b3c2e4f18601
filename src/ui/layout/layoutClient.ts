import type { SopDocument } from '../../model/types';
import type { LayoutAnswer, LayoutKind, LayoutReply, LayoutRequest } from './layoutJob';

/** What the client needs of a Worker (tests give it a fake one). */
export interface WorkerLike {
  postMessage(message: LayoutRequest): void;
  onmessage: ((event: { data: LayoutReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/** Makes a layout worker, or null where there are none. */
export type WorkerFactory = () => WorkerLike | null;

/** A layout shown for a document snapshot: its answer, or why there is none. */
export type LayoutResult<K extends LayoutKind> =
  { doc: SopDocument; answer: LayoutAnswer<K> } | { doc: SopDocument; error: string };

export interface LayoutState<K extends LayoutKind> {
  /** The newest layout answered (possibly of an older snapshot than asked for), or null before the first. */
  result: LayoutResult<K> | null;
  /** Whether a newer snapshot than `result`'s is being laid out. */
  pending: boolean;
}

/** The sheet and the problems panel's check share a worker (it keeps the last sheet); the canvas has its own. */
type Lane = 'sheet' | 'diagram';
const LANE: Record<LayoutKind, Lane> = { diagram: 'diagram', sheet: 'sheet', check: 'sheet' };
const SHEET_KINDS: readonly LayoutKind[] = ['sheet', 'check'];

interface Channel {
  /** The newest snapshot asked for. */
  wanted: SopDocument | null;
  /** The snapshot being laid out now (one at a time: newer asks wait, and replace each other). */
  inFlight: { id: number; doc: SopDocument } | null;
  state: LayoutState<LayoutKind>;
  listeners: Set<() => void>;
}

const IDLE: LayoutState<LayoutKind> = { result: null, pending: false };

/**
 * How long a sheet or check job asked for beside a canvas waits for the canvas's own ask of
 * the same edit (made a frame later): on a two-core machine the two layouts, run at once,
 * slowed the canvas's redraw after a drop by half (165 against 113 ms in `npm run bench`).
 */
const YIELD_MS = 40;

/**
 * Runs layouts off the main thread and keeps, for each kind, the newest answer to show.
 * An answer for a snapshot that is no longer the newest asked for is dropped (it would
 * show a document already changed), and the newest is sent instead; asks made while a
 * job runs replace each other, so a burst of edits costs one more layout, not one each.
 * Without workers (or once one fails) the same jobs run on the main thread, a task later.
 */
export class LayoutClient {
  private readonly channels = new Map<LayoutKind, Channel>();
  private readonly workers = new Map<Lane, WorkerLike | null>();
  private readonly inline = new Map<Lane, Promise<(request: LayoutRequest) => LayoutReply>>();
  private readonly jobs = new Map<number, LayoutKind>();
  private readonly versions = new WeakMap<SopDocument, number>();
  private nextId = 1;
  private nextVersion = 1;

  constructor(private readonly factory: WorkerFactory) {}

  /** Asks for the layout of `doc`; nothing happens when it is already shown or on its way. */
  request(kind: LayoutKind, doc: SopDocument): void {
    const channel = this.channel(kind);
    if (channel.wanted === doc) return;
    channel.wanted = doc;
    this.update(channel, { ...channel.state, pending: channel.state.result?.doc !== doc });
    // Beside a canvas, the sheet's worker yields to it (see YIELD_MS); otherwise it starts now.
    if (LANE[kind] === 'sheet' && this.channels.has('diagram'))
      setTimeout(() => this.pump(kind), YIELD_MS);
    else this.pump(kind);
  }

  state<K extends LayoutKind>(kind: K): LayoutState<K> {
    return this.channel(kind).state as LayoutState<K>;
  }

  subscribe(kind: LayoutKind, listener: () => void): () => void {
    const { listeners } = this.channel(kind);
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Stops the workers (tests; a page never needs to). */
  dispose(): void {
    for (const worker of this.workers.values()) worker?.terminate();
    this.workers.clear();
  }

  private channel(kind: LayoutKind): Channel {
    let channel = this.channels.get(kind);
    if (!channel) {
      channel = { wanted: null, inFlight: null, state: IDLE, listeners: new Set() };
      this.channels.set(kind, channel);
    }
    return channel;
  }

  private update(channel: Channel, state: LayoutState<LayoutKind>): void {
    if (state.result === channel.state.result && state.pending === channel.state.pending) return;
    channel.state = state;
    for (const listener of channel.listeners) listener();
  }

  private version(doc: SopDocument): number {
    let version = this.versions.get(doc);
    if (version === undefined) {
      version = this.nextVersion++;
      this.versions.set(doc, version);
    }
    return version;
  }

  /** The canvas's layout is running or asked for: the sheet's worker waits for it. */
  private canvasBusy(): boolean {
    const canvas = this.channels.get('diagram');
    if (!canvas) return false;
    return (
      canvas.inFlight !== null ||
      (canvas.wanted !== null && canvas.state.result?.doc !== canvas.wanted)
    );
  }

  private pump(kind: LayoutKind): void {
    const channel = this.channel(kind);
    const doc = channel.wanted;
    if (channel.inFlight || !doc || channel.state.result?.doc === doc) return;
    if (LANE[kind] === 'sheet' && this.canvasBusy()) return;
    const id = this.nextId++;
    channel.inFlight = { id, doc };
    this.jobs.set(id, kind);
    const request: LayoutRequest = { id, kind, version: this.version(doc), doc };
    const worker = this.worker(LANE[kind]);
    if (worker) worker.postMessage(request);
    else this.runInline(request);
  }

  private runInline(request: LayoutRequest): void {
    const lane = LANE[request.kind];
    let respond = this.inline.get(lane);
    if (!respond) {
      // The layout lives in the worker's chunk; laid out here, it is fetched on first need,
      // so it never weighs on the first download.
      respond = import('./layoutJob').then((job) => job.createLayoutResponder());
      this.inline.set(lane, respond);
    }
    // At least a task later, as a worker would answer: the edit that asked for it is drawn first.
    respond.then(
      (run) => setTimeout(() => this.answer(run(request)), 0),
      (error: unknown) =>
        this.answer({
          id: request.id,
          ok: false,
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  }

  private worker(lane: Lane): WorkerLike | null {
    if (this.workers.has(lane)) return this.workers.get(lane) ?? null;
    let worker: WorkerLike | null;
    try {
      worker = this.factory();
    } catch {
      // A browser that refuses workers (a policy, say): lay out inline.
      worker = null;
    }
    this.workers.set(lane, worker);
    if (worker) {
      worker.onmessage = (event) => this.answer(event.data);
      worker.onerror = () => this.fail(lane);
    }
    return worker;
  }

  /** A worker that broke (it could not load, say): its jobs, and all later ones, run inline. */
  private fail(lane: Lane): void {
    this.workers.get(lane)?.terminate();
    this.workers.set(lane, null);
    for (const [kind, channel] of this.channels) {
      if (LANE[kind] !== lane || !channel.inFlight) continue;
      this.jobs.delete(channel.inFlight.id);
      channel.inFlight = null;
      this.pump(kind);
    }
  }

  private answer(reply: LayoutReply): void {
    const kind = this.jobs.get(reply.id);
    if (kind === undefined) return;
    this.jobs.delete(reply.id);
    const channel = this.channel(kind);
    const job = channel.inFlight;
    if (!job || job.id !== reply.id) return;
    channel.inFlight = null;
    if (job.doc === channel.wanted) {
      const result = reply.ok
        ? { doc: job.doc, answer: reply.answer }
        : { doc: job.doc, error: reply.message };
      this.update(channel, { result, pending: false });
    }
    // Stale (the document changed meanwhile): dropped, and the newest goes next.
    this.pump(kind);
    // The canvas is drawn: the sheet's jobs that waited for it go now.
    if (kind === 'diagram' && !this.canvasBusy()) for (const k of SHEET_KINDS) this.pump(k);
  }
}

/** The app's workers, bundled by Vite from layout.worker.ts; null where the browser has none. */
export const browserWorkers: WorkerFactory = () =>
  typeof Worker === 'undefined'
    ? null
    : (new Worker(new URL('./layout.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as WorkerLike);
