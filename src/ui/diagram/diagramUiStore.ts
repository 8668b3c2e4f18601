import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Rect } from '../../layout/geometry';
import type { MissedConnection } from './missedConnection';

/** What is being edited in place on the canvas (one thing at a time). */
export type InPlaceEdit =
  | { kind: 'activity'; stepId: string }
  | { kind: 'label'; flowId: string }
  | { kind: 'actor'; actorId: string }
  | null;

/**
 * Canvas-only session state: nothing here is part of the document, saved or undone. Kept
 * apart from the editor store so a node re-renders only when its own slice changes.
 */
export interface DiagramUiState {
  editing: InPlaceEdit;
  helpOpen: boolean;
  /** Digits typed after "C" (connect the selection to step N); null when not asking. */
  connectTo: string | null;
  /** Set while a PNG is being made (the canvas says so). */
  exporting: boolean;
  /** The actor whose deletion is being asked about. */
  deletingActor: string | null;
  /** Where a drag in progress would land, in sheet points. */
  dropHint: Rect | null;
  /** A brief word on an arrow drag that made no arrow; `seq` restarts its timer when repeated. */
  missed: { key: MissedConnection; seq: number } | null;
  setEditing(editing: InPlaceEdit): void;
  setHelpOpen(open: boolean): void;
  setConnectTo(digits: string | null): void;
  setExporting(exporting: boolean): void;
  setDeletingActor(actorId: string | null): void;
  setDropHint(rect: Rect | null): void;
  setMissed(key: MissedConnection | null): void;
}

export type DiagramUiStore = StoreApi<DiagramUiState>;

/** A fresh canvas state (one per mounted diagram). */
export function createDiagramUiStore(): DiagramUiStore {
  return createStore<DiagramUiState>()((set) => ({
    editing: null,
    helpOpen: false,
    connectTo: null,
    exporting: false,
    deletingActor: null,
    dropHint: null,
    missed: null,
    setEditing: (editing) => set({ editing }),
    setHelpOpen: (helpOpen) => set({ helpOpen }),
    setConnectTo: (connectTo) => set({ connectTo }),
    setExporting: (exporting) => set({ exporting }),
    setDeletingActor: (deletingActor) => set({ deletingActor }),
    setDropHint: (dropHint) =>
      set((s) =>
        dropHint === s.dropHint ||
        (dropHint &&
          s.dropHint &&
          (['x', 'y', 'width', 'height'] as const).every((k) => dropHint[k] === s.dropHint![k]))
          ? s
          : { dropHint },
      ),
    setMissed: (key) =>
      set((s) => ({ missed: key ? { key, seq: (s.missed?.seq ?? 0) + 1 } : null })),
  }));
}

export const DiagramUiContext = createContext<DiagramUiStore | null>(null);

/** The canvas state store of the surrounding diagram. */
export function useDiagramUiStore(): DiagramUiStore {
  const store = useContext(DiagramUiContext);
  if (!store) throw new Error('useDiagramUi must be used inside the diagram');
  return store;
}

/** Subscribes to one slice of the canvas state. */
export function useDiagramUi<T>(selector: (state: DiagramUiState) => T): T {
  return useStore(useDiagramUiStore(), selector);
}
