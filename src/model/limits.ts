/** Limits of the format (file-format.md, "Rules on the way in"). */
export const LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  steps: 2000,
  actors: 50,
  /** Two per step at the step limit: real SOPs have one or two (a decision has two exits). */
  flows: 4000,
  textChars: 20_000,
  logoBytes: 256 * 1024,
} as const;

/**
 * A library backup holds many documents, each within the one-file limit; the browser's own
 * storage is far smaller than this, so the cap only stops absurd inputs.
 */
export const LIBRARY_MAX_BYTES = 10 * LIMITS.fileBytes;

export const FORMAT_NAME = 'sop-ap';
export const LIBRARY_FORMAT_NAME = 'sop-ap-library';
/** 2: the envelope carries the document's `id` and `modified` time (documentMeta.ts). */
export const CURRENT_VERSION = 2;

/**
 * Bounds on lists the format states no limit for, so a hostile file is refused
 * before its lists are walked item by item. Real SOPs stay far below them: a
 * handful of lines per identity list, one to three symbols in a row.
 */
export const LIST_LIMITS = {
  /** Items in one identity list (organization, legalBasis, …). */
  textListItems: 1000,
  /** Symbols in one step's row (50 actor columns, a few stacked in one). */
  symbolsPerStep: 100,
} as const;

/**
 * Bounds on the JSON text itself, checked before it is parsed: V8's JSON.parse
 * slows to seconds on millions of tiny objects or distinct field names. A valid
 * document within the 10 MiB limit has under 300,000 objects and lists (each at
 * least ~40 bytes) and about 45 field names.
 */
export const JSON_LIMITS = {
  containers: 500_000,
  keyNames: 1000,
  /** Nesting the text scan refuses outright; the tree check reports deeper than 64 with its place. */
  depth: 1000,
} as const;

/** The logo's picture, read from its PNG or JPEG header. */
export const LOGO_LIMITS = {
  side: 8192,
  pixels: 16_000_000,
} as const;
