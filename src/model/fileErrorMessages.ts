import type { Language } from '../i18n/table';
import { newerVersionError, type FileError, type FileErrorCode } from './fileErrors';
import { describeFilePlace } from './filePlaces';

type Texts = { id: string; en: string };

/** One message per refusal reason; `{name}` slots are filled from the error's params. */
export const FILE_ERROR_MESSAGES: Record<FileErrorCode, Texts> = {
  empty: { id: 'berkas kosong', en: 'the file is empty' },
  notJson: { id: 'bukan berkas JSON yang sah', en: 'not valid JSON' },
  notJsonAt: {
    id: 'bukan berkas JSON yang sah (kesalahan di baris {line}, kolom {column}, posisi {position})',
    en: 'not valid JSON (error at line {line}, column {column}, position {position})',
  },
  tooLarge: {
    id: 'berkas terlalu besar ({size}); paling besar {max}',
    en: 'the file is too large ({size}); the limit is {max}',
  },
  documentTooLarge: {
    id: 'SOP ini terlalu besar ({size}); satu SOP paling besar {max}. Perpendek teks yang panjang atau bagi SOP ini',
    en: 'this SOP is too large ({size}); one SOP may be at most {max}. Shorten long texts or split the SOP',
  },
  tooDeep: {
    id: 'data bersarang terlalu dalam (lebih dari {max} tingkat)',
    en: 'the data is nested too deeply (more than {max} levels)',
  },
  forbiddenKey: {
    id: "kunci '{key}' tidak diizinkan di berkas SOP",
    en: "the key '{key}' is not allowed in an SOP file",
  },
  notPlainValue: {
    id: 'berisi nilai yang bukan data JSON biasa ({found})',
    en: 'holds a value that is not plain JSON data ({found})',
  },
  tooManyContainers: {
    id: 'berkas memuat terlalu banyak objek dan daftar (lebih dari {max})',
    en: 'the file holds too many objects and lists (more than {max})',
  },
  tooManyKeyNames: {
    id: 'berkas memakai terlalu banyak nama kolom yang berbeda (lebih dari {max})',
    en: 'the file uses too many different field names (more than {max})',
  },
  badEncoding: {
    id: 'berkas bukan teks UTF-8 (atau UTF-16 dengan penanda urutan bita); simpan ulang sebagai UTF-8',
    en: 'the file is not UTF-8 text (or UTF-16 with a byte-order mark); save it again as UTF-8',
  },
  unreadable: {
    id: 'berkas tidak dapat dibaca',
    en: 'the file cannot be read',
  },
  notObject: {
    id: 'harus berupa objek JSON {format, version, sop}, bukan {found}',
    en: 'must be a JSON object {format, version, sop}, not {found}',
  },
  bareDocument: {
    id: 'tampak seperti dokumen SOP tanpa amplop; bungkus sebagai {"format": "sop-ap", "version": 1, "sop": …}',
    en: 'looks like an SOP document without its envelope; wrap it as {"format": "sop-ap", "version": 1, "sop": …}',
  },
  isLibrary: {
    id: 'ini cadangan pustaka (banyak SOP), bukan satu SOP; gunakan Impor Pustaka',
    en: 'this is a library backup (many SOPs), not one SOP; use Import library',
  },
  wrongFormat: {
    id: "format '{found}' tidak dikenal; seharusnya '{expected}'",
    en: "unknown format '{found}'; expected '{expected}'",
  },
  badVersion: {
    id: 'versi harus bilangan bulat 1 atau lebih, bukan {found}',
    en: 'the version must be a whole number of 1 or more, not {found}',
  },
  badDocumentId: {
    id: "id dokumen '{found}' tidak sah: harus teks 1 sampai {max} karakter tanpa karakter kendali",
    en: "the document id '{found}' is not valid: it must be text of 1 to {max} characters with no control characters",
  },
  badDateTime: {
    id: "waktu '{found}' harus ditulis TTTT-BB-HHTjj:mm:ssZ (mis. 2026-12-04T09:30:00Z) atau null",
    en: "the time '{found}' must be written YYYY-MM-DDThh:mm:ssZ (e.g. 2026-12-04T09:30:00Z) or null",
  },
  newerVersion: {
    id: 'dibuat oleh versi Alir yang lebih baru (format versi {version}), sedangkan aplikasi ini hanya membaca sampai format versi {max}. Perbarui Alir ke versi terbaru (muat ulang halaman), lalu buka lagi',
    en: 'made by a newer version of Alir (format version {version}), and this app reads only up to format version {max}. Update Alir to its newest version (reload the page), then open it again',
  },
  missing: { id: "kolom '{field}' tidak ada", en: "the field '{field}' is missing" },
  wrongType: {
    id: 'harus berupa {expected}, bukan {found}',
    en: 'must be {expected}, not {found}',
  },
  notOneOf: {
    id: "'{found}' tidak dikenal; pilihan: {allowed}",
    en: "'{found}' is not allowed; choose one of: {allowed}",
  },
  badDate: {
    id: "tanggal '{found}' harus ditulis TTTT-BB-HH (mis. 2025-06-02)",
    en: "the date '{found}' must be written YYYY-MM-DD (e.g. 2025-06-02)",
  },
  impossibleDate: {
    id: "tanggal '{found}' tidak ada di kalender",
    en: "the date '{found}' does not exist in the calendar",
  },
  duplicateId: {
    id: "id '{id}' sudah dipakai di {firstPath}",
    en: "the id '{id}' is already used at {firstPath}",
  },
  unknownActor: {
    id: "tidak ada pelaksana dengan id '{id}'",
    en: "no actor with id '{id}'",
  },
  unknownSymbol: {
    id: "tidak ada simbol dengan id '{id}'",
    en: "no symbol with id '{id}'",
  },
  tooManySteps: {
    id: 'terlalu banyak langkah ({count}); paling banyak {max}',
    en: 'too many steps ({count}); the limit is {max}',
  },
  tooManyActors: {
    id: 'terlalu banyak pelaksana ({count}); paling banyak {max}',
    en: 'too many actors ({count}); the limit is {max}',
  },
  tooManyItems: {
    id: 'daftar terlalu panjang ({count} butir); paling banyak {max}',
    en: 'the list is too long ({count} items); the limit is {max}',
  },
  tooManyFlows: {
    id: 'terlalu banyak panah ({count}); paling banyak {max}',
    en: 'too many flows ({count}); the limit is {max}',
  },
  textTooLong: {
    id: 'teks terlalu panjang ({length} karakter); paling banyak {max}',
    en: 'the text is too long ({length} characters); the limit is {max}',
  },
  noSymbols: {
    id: 'setiap langkah harus memiliki paling sedikit satu simbol',
    en: 'every step needs at least one symbol',
  },
  logoType: {
    id: 'logo harus berupa URL data:image/png;base64 atau data:image/jpeg;base64 (bukan {found})',
    en: 'the logo must be a data:image/png;base64 or data:image/jpeg;base64 URL (not {found})',
  },
  logoBase64: {
    id: 'isi logo bukan base64 yang sah',
    en: 'the logo data is not valid base64',
  },
  logoTooLarge: {
    id: 'logo terlalu besar ({size}); paling besar {max}',
    en: 'the logo is too large ({size}); the limit is {max}',
  },
  logoNotImage: {
    id: 'isi logo bukan gambar {type} yang dapat dibaca',
    en: 'the logo data is not a readable {type} picture',
  },
  logoTooManyPixels: {
    id: 'gambar logo terlalu besar ({width} × {height} piksel); paling besar {side} piksel per sisi dan {pixels} piksel seluruhnya',
    en: 'the logo picture is too large ({width} × {height} pixels); the limit is {side} pixels a side and {pixels} pixels in all',
  },
  invalid: { id: 'nilai tidak sah ({detail})', en: 'invalid value ({detail})' },
  moreErrors: {
    id: '… dan kesalahan lain; hanya {shown} yang pertama ditampilkan',
    en: '… and more errors; only the first {shown} are listed',
  },
};

/** JSON type names as the messages print them. */
const TYPE_NAMES: Record<string, Texts> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  boolean: { id: 'true/false', en: 'true/false' },
  null: { id: 'null', en: 'null' },
  array: { id: 'daftar [ … ]', en: 'a list [ … ]' },
  object: { id: 'objek { … }', en: 'an object { … }' },
  undefined: { id: 'kosong', en: 'nothing' },
};

const TYPED_PARAMS = new Set(['expected', 'found']);

/**
 * The words for a file or stored record written by a newer version of the format:
 * the file parser and the library (when it sets such a record aside) say it alike.
 */
export function newerVersionMessage(version: number, lang: Language): string {
  return formatFileError({ ...newerVersionError(version), path: '' }, lang);
}

/**
 * Words a message in `lang`, the place first as a user reads it and the technical path
 * after: "Step 4, symbol 1, actor: no actor with id 'a9' (steps[3].symbols[0].actor)".
 */
export function formatFileError(e: FileError, lang: Language): string {
  const typed = e.code === 'wrongType' || e.code === 'notObject';
  const text = FILE_ERROR_MESSAGES[e.code][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = e.params[name];
    if (value === undefined) return whole;
    if (typed && TYPED_PARAMS.has(name)) return TYPE_NAMES[value]?.[lang] ?? String(value);
    return String(value);
  });
  if (e.path === '') return text;
  const place = describeFilePlace(e.path, lang);
  return place === null ? `${e.path}: ${text}` : `${place}: ${text} (${e.path})`;
}
