import { useCallback, useState } from 'react';
import {
  documentFromTable,
  readTable,
  type ActorColumn,
  type ColumnRole,
} from '../../model/commands';
import { newDocument } from '../../model/defaults';
import { readTableFile } from '../../import/readTableFile';
import { isoDate } from '../../store/editorEnv';
import { useEditorStore } from '../../store/useEditor';
import { fileBaseName } from './fileBaseName';

/** A spreadsheet read and waiting for the user to confirm its columns. */
export interface SheetImport {
  fileName: string;
  rows: string[][];
  roles: ColumnRole[];
  fromHeader: boolean;
  actorColumns: ActorColumn[];
}

/**
 * Berkas → Impor dari Excel/CSV: the file's table is read, its columns shown as they will
 * land (from its header, or in the steps table's order), and on confirmation it becomes a
 * new SOP in the library, never written over the open one.
 */
export function useSheetImport() {
  const store = useEditorStore();
  const [pending, setPending] = useState<SheetImport | null>(null);

  const read = useCallback(
    async (file: File) => {
      const { addNotice } = store.getState();
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        addNotice({ kind: 'fileUnreadable', fileName: file.name });
        return;
      }
      const table = readTableFile(file.name, bytes);
      if (!table.ok) {
        addNotice({ kind: 'sheetRefused', fileName: file.name, reason: table.reason });
        return;
      }
      // The first sheet that reads as a steps table (its header names Kegiatan), else the first one.
      const plans = table.sheets.map((sheet) => readTable(newDocument(''), sheet.rows));
      const plan = plans.find((p) => p.fromHeader && p.cells.length > 0) ?? plans[0]!;
      if (plan.cells.length === 0) {
        addNotice({ kind: 'sheetRefused', fileName: file.name, reason: 'empty' });
        return;
      }
      setPending({
        fileName: file.name,
        rows: plan.cells,
        roles: plan.roles,
        fromHeader: plan.fromHeader,
        actorColumns: plan.actorColumns,
      });
    },
    [store],
  );

  const apply = useCallback(
    async (roles: readonly ColumnRole[]) => {
      if (!pending) return;
      setPending(null);
      const base = newDocument(fileBaseName(pending.fileName), isoDate(new Date()));
      const made = documentFromTable(base, pending.rows, roles, pending.actorColumns);
      if (!made) {
        store
          .getState()
          .addNotice({ kind: 'sheetRefused', fileName: pending.fileName, reason: 'empty' });
        return;
      }
      await store.getState().openNewDocument(made.doc);
    },
    [pending, store],
  );

  return { pending, read, apply, cancel: () => setPending(null) };
}
