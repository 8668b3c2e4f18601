// zod's mini build: the same checks and issues, a third of the code in the first download.
import { z } from 'zod/mini';
import { DEFAULT_LABELS, DEFAULT_SHEET } from './defaults';
import { MAX_REPORTED_ERRORS } from './fileErrors';
import { LIMITS, LIST_LIMITS, LOGO_LIMITS } from './limits';
import { base64Bytes, pictureSize, type LogoType } from './logoImage';
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
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 as they are (not as 1900–1999),
  // so year 0, a leap year in the proleptic Gregorian calendar, has its 29 February.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return day <= date.getUTCDate();
}

const text = z.string().check(z.maxLength(LIMITS.textChars));

/**
 * A list whose items are checked one by one, stopping once more issues than a
 * refusal reports are found. `z.array(item)` would check every item of a list of a
 * million broken entries and collect millions of issues (seconds, and a stack
 * overflow in the code that spreads them). Length bounds are checked first.
 * `quick`, for items a file has by the hundred thousand, accepts a plainly valid
 * item without zod and returns exactly what the item schema would (or undefined to
 * let the schema judge and word the issues).
 */
function listOf<T extends z.ZodMiniType>(
  item: T,
  bounds: { min?: number; max?: number } = {},
  quick?: (value: unknown) => z.output<T> | undefined,
) {
  const list = z
    .array(z.unknown())
    .check(
      ...(bounds.min !== undefined ? [z.minLength(bounds.min)] : []),
      ...(bounds.max !== undefined ? [z.maxLength(bounds.max)] : []),
    );
  return z.pipe(
    list,
    z.transform((values: unknown[], ctx) => {
      const items: z.output<T>[] = [];
      let issues = 0;
      for (let i = 0; i < values.length && issues <= MAX_REPORTED_ERRORS; i++) {
        const done = quick?.(values[i]);
        if (done !== undefined) {
          items.push(done);
          continue;
        }
        const result = item.safeParse(values[i]);
        if (result.success) {
          items.push(result.data);
          continue;
        }
        for (const issue of result.error.issues) {
          ctx.issues.push({ ...issue, path: [i, ...issue.path] } as z.core.$ZodRawIssue);
          issues++;
        }
      }
      return items;
    }),
  );
}

const isoDate = z.string().check(
  z.superRefine((value: string, ctx) => {
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
  }),
);

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

/**
 * A size and the limit it passes, both printed in the unit that shows they differ:
 * "10 MiB; the limit is 10 MiB" would read as no reason at all.
 */
export function formatSizeOver(bytes: number, max: number): { size: string; max: string } {
  if (formatBytes(bytes) !== formatBytes(max))
    return { size: formatBytes(bytes), max: formatBytes(max) };
  const kib = (n: number) => `${Math.ceil((n / 1024) * 10) / 10} KiB`;
  if (kib(bytes) !== kib(max)) return { size: kib(bytes), max: kib(max) };
  return { size: `${bytes} B`, max: `${max} B` };
}

const logo = z.string().check(
  z.superRefine((value: string, ctx) => {
    const m = LOGO.exec(value);
    if (!m) {
      const found = value.startsWith('data:') ? value.slice(0, value.search(/[;,]|$/)) : value;
      ctx.addIssue({
        code: 'custom',
        message: 'logo type',
        params: { fileCode: 'logoType', found },
      });
      return;
    }
    const type = m[1] as LogoType;
    const payload = m[2] ?? '';
    const bytes = base64DecodedBytes(payload);
    if (bytes === null) {
      ctx.addIssue({ code: 'custom', message: 'logo base64', params: { fileCode: 'logoBase64' } });
      return;
    }
    if (bytes > LIMITS.logoBytes) {
      ctx.addIssue({
        code: 'custom',
        message: 'logo size',
        params: {
          fileCode: 'logoTooLarge',
          size: formatBytes(bytes),
          max: formatBytes(LIMITS.logoBytes),
        },
      });
      return;
    }
    const size = pictureSize(base64Bytes(payload), type);
    const typeName = type === 'png' ? 'PNG' : 'JPEG';
    if (size === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'logo not a picture',
        params: { fileCode: 'logoNotImage', type: typeName },
      });
    } else if (
      size.width > LOGO_LIMITS.side ||
      size.height > LOGO_LIMITS.side ||
      size.width * size.height > LOGO_LIMITS.pixels
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'logo pixels',
        params: {
          fileCode: 'logoTooManyPixels',
          width: size.width,
          height: size.height,
          side: LOGO_LIMITS.side,
          pixels: LOGO_LIMITS.pixels,
        },
      });
    }
  }),
);

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= LIMITS.textChars;
const quickText = (v: unknown) => (isText(v) ? v : undefined);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const textList = listOf(text, { max: LIST_LIMITS.textListItems }, quickText);

export const approverSchema = z.object({ title: text, name: text, nip: text });

export const identitySchema = z.object({
  organization: textList,
  unit: text,
  logo: z.nullable(logo),
  number: text,
  createdDate: z.nullable(isoDate),
  revisionDate: z.nullable(isoDate),
  effectiveDate: z.nullable(isoDate),
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

const SHAPES: ReadonlySet<unknown> = new Set(SYMBOL_SHAPES);

/** symbolSchema's answer for a plainly valid symbol, without zod (see listOf). */
export function quickSymbol(v: unknown): z.output<typeof symbolSchema> | undefined {
  if (!isRecord(v) || !isText(v.id) || !SHAPES.has(v.shape) || !isText(v.actor)) return undefined;
  return { id: v.id, shape: v.shape as z.output<typeof symbolSchema>['shape'], actor: v.actor };
}

export const stepSchema = z.object({
  id: text,
  activity: text,
  requirements: text,
  time: text,
  output: text,
  notes: text,
  symbols: listOf(symbolSchema, { min: 1, max: LIST_LIMITS.symbolsPerStep }, quickSymbol),
  pageBreakBefore: z.optional(z.boolean()),
});

export const flowSchema = z.object({ id: text, from: text, to: text, label: text });

/** flowSchema's answer for a plainly valid flow, without zod (see listOf). */
export function quickFlow(v: unknown): z.output<typeof flowSchema> | undefined {
  if (!isRecord(v) || !isText(v.id) || !isText(v.from) || !isText(v.to) || !isText(v.label)) {
    return undefined;
  }
  return { id: v.id, from: v.from, to: v.to, label: v.label };
}

export const labelsSchema = z.object({
  activity: z._default(text, DEFAULT_LABELS.activity),
  requirements: z._default(text, DEFAULT_LABELS.requirements),
  time: z._default(text, DEFAULT_LABELS.time),
  output: z._default(text, DEFAULT_LABELS.output),
  notes: z._default(text, DEFAULT_LABELS.notes),
});

// `prefault({})` runs the missing object through the schema, so each field gets its own default.
export const sheetSchema = z.object({
  paper: z._default(z.enum(['A4', 'F4', 'Letter', 'Legal']), DEFAULT_SHEET.paper),
  orientation: z._default(z.enum(['landscape', 'portrait']), DEFAULT_SHEET.orientation),
  repeatHeader: z._default(z.boolean(), DEFAULT_SHEET.repeatHeader),
  connectorLetters: z._default(z.boolean(), DEFAULT_SHEET.connectorLetters),
  labels: z.prefault(labelsSchema, {}),
});

/** The whole document, format v1. Unknown fields are dropped. */
export const sopDocumentSchema = z.object({
  identity: identitySchema,
  actors: listOf(actorSchema, { max: LIMITS.actors }),
  steps: listOf(stepSchema, { max: LIMITS.steps }),
  flows: listOf(flowSchema, { max: LIMITS.flows }, quickFlow),
  sheet: z.prefault(sheetSchema, {}),
});

// Compile-time proof that the schema yields exactly the document types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.output<typeof sopDocumentSchema>, SopDocument> = true;
void schemaMatchesTypes;
