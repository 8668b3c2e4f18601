import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { layoutSheet } from '../layout/layoutSheet';
import { sheetMeasurer } from '../layout/text/measure';
import type { FiledDocument } from '../model/documentMeta';
import { safeFileName } from '../model/fileName';
import { writeSopFile } from '../persistence/sopFile';
import { pdfFileName } from './pdf/fileName';
import { renderPdf } from './pdf/renderPdf';
import type { LoadSheetFonts } from './pdf/sheetFonts';
import { xlsxFileName } from './exportSopXlsx';
import { writeWorkbook } from './xlsx/workbook';

export type BulkFormat = 'pdf' | 'xlsx' | 'json';
export const BULK_FORMATS: readonly BulkFormat[] = ['pdf', 'xlsx', 'json'];

/** One SOP to put in the zip, fetched only when its turn comes (a library of 300 is not held at once). */
export interface BulkItem {
  title: string;
  load(): Promise<FiledDocument | null>;
}

export interface BulkOptions {
  formats: readonly BulkFormat[];
  loadFonts: LoadSheetFonts;
  /** After each SOP: how many are done of how many. */
  onProgress?(done: number, total: number): void;
  /** Each piece of the zip as soon as it is written (the caller keeps or streams it). */
  onChunk(chunk: Uint8Array): void;
  signal?: AbortSignal;
  /** Lets the page draw between SOPs (the browser passes a yield to its event loop). */
  pause?(): Promise<void>;
}

export interface BulkResult {
  /** The file names in the zip, in order. */
  files: string[];
  /** SOPs left out, with the reason (unreadable, or a file over the size limit). */
  skipped: { title: string; reason: string }[];
  cancelled: boolean;
}

/**
 * Writes the SOPs as one zip, one after another: each laid out once, then its PDF, its
 * workbook and its `.sop.json` added (PDF and workbook stored as they are, being compressed
 * already; the JSON deflated). The zip's bytes leave through `onChunk` as they are made,
 * so memory holds one SOP's files at a time, and the caller can show progress and cancel.
 * Names that two SOPs share get " (2)", " (3)"… so nothing in the zip is overwritten.
 */
export async function writeBulkZip(
  items: readonly BulkItem[],
  options: BulkOptions,
): Promise<BulkResult> {
  const files: string[] = [];
  const skipped: BulkResult['skipped'] = [];
  const names = new Set<string>();
  let failure: Error | null = null;
  let finished: () => void = () => {};
  const done = new Promise<void>((resolve) => (finished = resolve));
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else options.onChunk(chunk);
    if (final || error) finished();
  });
  const add = (name: string, bytes: Uint8Array, deflate: boolean) => {
    const unique = uniqueName(name, names);
    const entry = deflate ? new ZipDeflate(unique, { level: 6 }) : new ZipPassThrough(unique);
    zip.add(entry);
    entry.push(bytes, true);
    files.push(unique);
  };
  let cancelled = false;
  for (let i = 0; i < items.length; i++) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const item = items[i]!;
    try {
      const filed = await item.load();
      if (!filed) skipped.push({ title: item.title, reason: 'unreadable' });
      else await addSop(filed, options, add, skipped, item.title);
    } catch (error) {
      skipped.push({
        title: item.title,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    options.onProgress?.(i + 1, items.length);
    await options.pause?.();
  }
  zip.end();
  await done;
  if (failure) throw failure;
  return { files, skipped, cancelled };
}

async function addSop(
  { doc, meta }: FiledDocument,
  options: BulkOptions,
  add: (name: string, bytes: Uint8Array, deflate: boolean) => void,
  skipped: BulkResult['skipped'],
  title: string,
): Promise<void> {
  const wants = (format: BulkFormat) => options.formats.includes(format);
  if (wants('json')) {
    const written = writeSopFile(doc, meta);
    if (written.ok)
      add(
        safeFileName([doc.identity.name], '.sop.json', 'sop'),
        new TextEncoder().encode(written.text),
        true,
      );
    else skipped.push({ title, reason: 'tooLarge' });
  }
  if (!wants('pdf') && !wants('xlsx')) return;
  const geometry = layoutSheet(doc, { measure: sheetMeasurer });
  if (wants('pdf'))
    add(
      pdfFileName(doc),
      await renderPdf(geometry, options.loadFonts, { title: doc.identity.name }),
      false,
    );
  if (wants('xlsx')) add(xlsxFileName(doc), writeWorkbook(doc, geometry), false);
}

/** `name`, or `name (2)`, `name (3)`… before its extension, whichever the zip does not hold yet. */
function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.endsWith('.sop.json') ? name.length - '.sop.json'.length : name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
