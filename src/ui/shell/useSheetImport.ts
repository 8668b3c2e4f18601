import { useCallback, useState } from 'react';
import type { ActorColumn, ColumnRole } from '../../model/commands';
import { newDocument } from '../../model/defaults';
import type { SheetProcedure } from '../../import/importWorkbook';
import type { ImportProblem } from '../../import/officialLayout';
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

/** A workbook with several flowchart sheets, waiting for the user to say what they are. */
export interface SheetsQuestion {
  fileName: string;
  procedures: SheetProcedure[];
}

/** What an import of the official layout could not read, shown once the SOP is open. */
export interface ImportReport {
  fileName: string;
  problems: ImportProblem[];
}

/**
 * Berkas → Impor dari Excel/CSV: a workbook in the official layout (header rows, one
 * column per Pelaksana, the flowchart drawn as shapes) becomes a new SOP at once, with a
 * report of what could not be read; one with several flowchart sheets first asks whether
 * they are one procedure's pages or several procedures. Any other file's table is read,
 * its columns shown as they will land (from its header, or in the steps table's order),
 * and on confirmation it becomes a new SOP. Never written over the open one.
 */
export function useSheetImport() {
  const store = useEditorStore();
  const [pending, setPending] = useState<SheetImport | null>(null);
  const [question, setQuestion] = useState<SheetsQuestion | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  const openProcedures = useCallback(
    async (fileName: string, procedures: readonly SheetProcedure[]) => {
      const problems: ImportProblem[] = [];
      for (const p of procedures) {
        if (!(await store.getState().openNewDocument(p.doc))) return;
        const named = procedures.length > 1;
        problems.push(
          ...p.problems.map((x) => (named ? { ...x, cell: `${p.sheet}!${x.cell}` } : x)),
        );
      }
      if (problems.length > 0) setReport({ fileName, problems });
    },
    [store],
  );

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
      // The readers load on the first import (they are not needed to start the app).
      const { officialProcedures, readTable, readTableFile, readWorkbook } =
        await import('../../import/lazy');
      if (file.name.toLowerCase().endsWith('.xlsx')) {
        const book = readWorkbook(bytes);
        const base = newDocument(fileBaseName(file.name), isoDate(new Date()));
        const procedures = book.ok ? officialProcedures(book.sheets, base) : [];
        if (procedures.length > 1) {
          setQuestion({ fileName: file.name, procedures });
          return;
        }
        if (procedures.length === 1) {
          await openProcedures(file.name, procedures);
          return;
        }
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
    [store, openProcedures],
  );

  /** The question's answer: the sheets as one procedure's pages, or each its own SOP. */
  const answer = useCallback(
    async (join: boolean) => {
      if (!question) return;
      setQuestion(null);
      const { fileName, procedures } = question;
      const { joinProcedures } = await import('../../import/lazy');
      await openProcedures(fileName, join ? [joinProcedures(procedures)] : procedures);
    },
    [question, openProcedures],
  );

  const apply = useCallback(
    async (roles: readonly ColumnRole[]) => {
      if (!pending) return;
      setPending(null);
      const base = newDocument(fileBaseName(pending.fileName), isoDate(new Date()));
      const { documentFromTable } = await import('../../import/lazy');
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

  return {
    pending,
    read,
    apply,
    cancel: () => setPending(null),
    question,
    answer,
    dismissQuestion: () => setQuestion(null),
    report,
    closeReport: () => setReport(null),
  };
}
