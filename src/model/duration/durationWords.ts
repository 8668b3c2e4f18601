import type { TimeUnit } from './workingTime';

/**
 * Unit words as Indonesian SOPs (and the odd English one) write them. "hr" is
 * hari here, as in Indonesian abbreviations ("2 hr"); English hours are "h",
 * "hrs", "hour(s)".
 */
export const UNIT_WORDS: Record<string, TimeUnit> = {
  detik: 'second',
  dtk: 'second',
  det: 'second',
  sec: 'second',
  secs: 'second',
  second: 'second',
  seconds: 'second',
  '"': 'second',
  menit: 'minute',
  mnt: 'minute',
  men: 'minute',
  min: 'minute',
  mins: 'minute',
  minute: 'minute',
  minutes: 'minute',
  m: 'minute',
  "'": 'minute',
  jam: 'hour',
  jm: 'hour',
  h: 'hour',
  hrs: 'hour',
  hour: 'hour',
  hours: 'hour',
  hari: 'day',
  hr: 'day',
  hri: 'day',
  hk: 'day',
  d: 'day',
  day: 'day',
  days: 'day',
  minggu: 'week',
  mgg: 'week',
  mg: 'week',
  pekan: 'week',
  week: 'week',
  weeks: 'week',
  wk: 'week',
  wks: 'week',
  bulan: 'month',
  bln: 'month',
  month: 'month',
  months: 'month',
  tahun: 'year',
  thn: 'year',
  th: 'year',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
};

/** "Sehari", "sejam": one of the unit, written as one word. */
export const ONE_UNIT_WORDS: Record<string, TimeUnit> = {
  sedetik: 'second',
  semenit: 'minute',
  sejam: 'hour',
  sehari: 'day',
  seminggu: 'week',
  sepekan: 'week',
  sebulan: 'month',
  setahun: 'year',
};

export const NUMBER_WORDS: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
};

/** "An hour" is one hour, but "half an hour" is half of one. */
export const ARTICLE_WORDS = new Set(['a', 'an']);

/** "Setengah" / "half": alone it is 0.5; after a number ("satu setengah") it adds 0.5. */
export const HALF_WORDS = new Set(['setengah', 'half']);

/**
 * Words that qualify a time without changing it: "kerja", "kalender", "kurang
 * lebih", "maksimal" (an SOP's Waktu is already its norm, so "at most 3 days"
 * counts as 3 days), "dan"/"and" between parts.
 */
export const FILLER_WORDS = new Set([
  'kerja',
  'kalender',
  'efektif',
  'kurang',
  'lebih',
  'dari',
  'paling',
  'lama',
  'lambat',
  'selambatnya',
  'maksimal',
  'maksimum',
  'maks',
  'max',
  'minimal',
  'sekitar',
  'kira',
  'dalam',
  'waktu',
  'dan',
  'working',
  'business',
  'calendar',
  'about',
  'around',
  'approx',
  'approximately',
  'within',
  'up',
  'at',
  'most',
  'and',
  'of',
]);

/** Words and marks between the two ends of a range. */
export const RANGE_PATTERN =
  /\s*(?:s\s*\.\s*d\s*\.?|s\s*\/\s*d|\bsd\b|\bsampai(?:\s+dengan)?\b|\bhingga\b|\bto\b|\buntil\b|[-‐‑‒–—−~])\s*/g;
