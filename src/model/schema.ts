import { z } from 'zod';
import { DEFAULT_LABELS, DEFAULT_SHEET } from './defaults';
import { LIMITS } from './limits';
import { SYMBOL_SHAPES, type SopDocument } from './types';

/*
 * The shape of a format v1 document. Only shapes and single-field rules live here
 * (types, words, dates, text length, logo); rules that look across the document
 * (ids, references) are in references.ts. Every refusal that is not a plain zod
 * type/enum/size issue carries `params.fileCode` so issues map to FileError codes.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is `YYYY-MM-DD` and names a day that exists (no 30 February). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone shifts.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay;
}

const text = z.string().max(LIMITS.textChars);

const isoDate = z.string().superRefine((value, ctx) => {
  if (!ISO_DATE.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: 'bad date',
      params: { fileCode: 'badDate', found: value },
    });
  } else if (!isCalendarDate(value)) {
    ctx.addIssue({
      code: 'custom',
      message: 'impossible date',
      params: { fileCode: 'impossibleDate', found: value },
    });
  }
});

const LOGO = /^data:image\/(png|jpeg);base64,(.*)$/s;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decoded byte length of a base64 payload, or null when it is not valid base64. */
export function base64DecodedBytes(payload: string): number | null {
  if (payload.length === 0 || payload.length % 4 !== 0 || !BASE64.test(payload)) return null;
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  return (payload.length / 4) * 3 - padding;
}

/** Prints a byte count for messages ("300 KiB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} B`;
}

const logo = z.string().superRefine((value, ctx) => {
  const m = LOGO.exec(value);
  if (!m) {
    const found = value.startsWith('data:')
      ? value.slice(0, value.search(/[;,]|$/))
      : value.slice(0, 40);
    ctx.addIssue({ code: 'custom', message: 'logo type', params: { fileCode: 'logoType', found } });
    return;
  }
  const bytes = base64DecodedBytes(m[2] ?? '');
  if (bytes === null) {
    ctx.addIssue({ code: 'custom', message: 'logo base64', params: { fileCode: 'logoBase64' } });
  } else if (bytes > LIMITS.logoBytes) {
    ctx.addIssue({
      code: 'custom',
      message: 'logo size',
      params: {
        fileCode: 'logoTooLarge',
        size: formatBytes(bytes),
        max: formatBytes(LIMITS.logoBytes),
      },
    });
  }
});

const textList = z.array(text);

export const approverSchema = z.object({ title: text, name: text, nip: text });

export const identitySchema = z.object({
  organization: textList,
  unit: text,
  logo: logo.nullable(),
  number: text,
  createdDate: isoDate.nullable(),
  revisionDate: isoDate.nullable(),
  effectiveDate: isoDate.nullable(),
  approver: approverSchema,
  name: text,
  legalBasis: textList,
  qualifications: textList,
  relatedSops: textList,
  equipment: textList,
  warnings: textList,
  records: textList,
});

export const actorSchema = z.object({ id: text, name: text });

export const symbolSchema = z.object({
  id: text,
  shape: z.enum(SYMBOL_SHAPES),
  actor: text,
});

export const stepSchema = z.object({
  id: text,
  activity: text,
  requirements: text,
  time: text,
  output: text,
  notes: text,
  symbols: z.array(symbolSchema).min(1),
  pageBreakBefore: z.boolean().optional(),
});

export const flowSchema = z.object({ id: text, from: text, to: text, label: text });

export const labelsSchema = z.object({
  activity: text.default(DEFAULT_LABELS.activity),
  requirements: text.default(DEFAULT_LABELS.requirements),
  time: text.default(DEFAULT_LABELS.time),
  output: text.default(DEFAULT_LABELS.output),
  notes: text.default(DEFAULT_LABELS.notes),
});

// `prefault({})` runs the missing object through the schema, so each field gets its own default.
export const sheetSchema = z.object({
  paper: z.enum(['A4', 'F4', 'Letter', 'Legal']).default(DEFAULT_SHEET.paper),
  orientation: z.enum(['landscape', 'portrait']).default(DEFAULT_SHEET.orientation),
  repeatHeader: z.boolean().default(DEFAULT_SHEET.repeatHeader),
  connectorLetters: z.boolean().default(DEFAULT_SHEET.connectorLetters),
  labels: labelsSchema.prefault({}),
});

/** The whole document, format v1. Unknown fields are dropped. */
export const sopDocumentSchema = z.object({
  identity: identitySchema,
  actors: z.array(actorSchema).max(LIMITS.actors),
  steps: z.array(stepSchema).max(LIMITS.steps),
  flows: z.array(flowSchema).max(LIMITS.flows),
  sheet: sheetSchema.prefault({}),
});

// Compile-time proof that the schema yields exactly the document types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.output<typeof sopDocumentSchema>, SopDocument> = true;
void schemaMatchesTypes;
