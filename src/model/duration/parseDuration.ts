import {
  ARTICLE_WORDS,
  FILLER_WORDS,
  HALF_WORDS,
  NUMBER_WORDS,
  ONE_UNIT_WORDS,
  RANGE_PATTERN,
  UNIT_WORDS,
} from './durationWords';
import { UNIT_MINUTES, type DurationRange, type TimeUnit } from './workingTime';

/** One "number unit" part, as in "1 jam" of "1 jam 30 menit". */
interface Term {
  value: number;
  unit: TimeUnit | null;
  /** "1x24": kept apart so that "N x 24 jam" can read as N working days. */
  factors: number[];
}

type Token =
  | { kind: 'number'; factors: number[] }
  | { kind: 'word'; text: string }
  | { kind: 'range' }
  | { kind: 'per' };

const NUMBER = String.raw`\d+(?:[.,]\d+)?(?:\s*\/\s*\d+)?`;
const TOKEN = new RegExp(String.raw`${NUMBER}(?:\*${NUMBER})*|[a-z]+|\u0000|\S`, 'g');

function toNumber(text: string): number {
  const [top = '', bottom] = text.replace(/,/g, '.').split('/');
  const value = Number(top.trim());
  return bottom === undefined ? value : value / Number(bottom.trim());
}

/** Lower case, one kind of each mark, approximate signs dropped, range words turned into a marker. */
function normalize(text: string): string {
  return text
    .toLocaleLowerCase('id')
    .replace(/[’‘`´]/g, "'")
    .replace(/[”“″]/g, '"')
    .replace(/½/g, ' 1/2 ')
    .replace(/¼/g, ' 1/4 ')
    .replace(/selambat-lambatnya|kira-kira|kurang-lebih|\bup to\b/g, ' ')
    .replace(/^\s*(?:±|\+\s*\/?\s*-|~|≈|<=?|>=?|≤|≥)/, ' ')
    .replace(/±|≈|≤|≥|[<>()[\];:]/g, ' ')
    .replace(/(\d)\s*[x×*]\s*(?=\d)/g, '$1*')
    .replace(RANGE_PATTERN, ' \u0000 ')
    .trim();
}

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  for (const [raw] of text.matchAll(TOKEN)) {
    if (/^\d/.test(raw)) {
      const factors = raw.split('*').map(toNumber);
      if (factors.some((f) => !Number.isFinite(f))) return null;
      tokens.push({ kind: 'number', factors });
    } else if (raw === '\u0000') tokens.push({ kind: 'range' });
    else if (raw === '/' || raw === 'per') tokens.push({ kind: 'per' });
    else if (raw === '*') return null;
    else if (raw === '.' || raw === ',') continue;
    else tokens.push({ kind: 'word', text: raw });
  }
  return tokens;
}

/** Reads the tokens into the sides of a range; null at the first thing that is not a duration. */
function readSides(tokens: Token[]): Term[][] | null {
  const sides: Term[][] = [[]];
  let side = sides[0]!;
  for (const token of tokens) {
    const last = side.at(-1);
    const pending = last && last.unit === null ? last : undefined;
    if (token.kind === 'per') break; // "10 menit/berkas", "5 menit per surat": the rate's unit is not time
    if (token.kind === 'range') {
      if (sides.length > 1 || side.length === 0) return null;
      side = [];
      sides.push(side);
      continue;
    }
    if (token.kind === 'number') {
      if (pending) return null; // "1 0 hari": two numbers in a row
      side.push({
        value: token.factors.reduce((a, b) => a * b, 1),
        unit: null,
        factors: token.factors,
      });
      continue;
    }
    const word = token.text;
    const unit = UNIT_WORDS[word];
    if (unit) {
      if (pending) pending.unit = unit;
      else if (side.length === 0)
        side.push({ value: 1, unit, factors: [1] }); // "jam", "detik": one of it
      else return null;
    } else if (ONE_UNIT_WORDS[word]) {
      if (pending) return null;
      side.push({ value: 1, unit: ONE_UNIT_WORDS[word], factors: [1] });
    } else if (HALF_WORDS.has(word)) {
      if (pending) pending.value += 0.5;
      else side.push({ value: 0.5, unit: null, factors: [0.5] });
    } else if (ARTICLE_WORDS.has(word)) {
      if (!pending) side.push({ value: 1, unit: null, factors: [1] });
    } else if (NUMBER_WORDS[word] !== undefined) {
      if (pending) return null;
      const value = NUMBER_WORDS[word];
      side.push({ value, unit: null, factors: [value] });
    } else if (!FILLER_WORDS.has(word)) {
      return null;
    }
  }
  return sides;
}

function termMinutes(term: Term, unit: TimeUnit): number {
  const [count, of] = term.factors;
  if (unit === 'hour' && term.factors.length === 2 && of === 24 && count !== undefined) {
    return count * UNIT_MINUTES.day;
  }
  return term.value * UNIT_MINUTES[unit];
}

function sideMinutes(terms: Term[], fallbackUnit: TimeUnit | null): number | null {
  let total = 0;
  for (const term of terms) {
    const unit = term.unit ?? (terms.length === 1 ? fallbackUnit : null);
    if (!unit) return null;
    total += termMinutes(term, unit);
  }
  return total;
}

/**
 * Reads a Waktu text into a range of working minutes (see workingTime.ts):
 * "10 menit", "1-2 jam", "1 s.d. 2 hari", "30 menit - 3 jam", "1 jam 30 menit",
 * "±15 menit", "15'", "0,5 jam", "1/2 jam", "1x24 jam", "3 hari kerja", "2 hours".
 * Returns null for an empty text and for what is not a duration ("-", "sesuai
 * kebutuhan", "Triwulan", "1 0 hari").
 * @example parseDuration('1 - 2 hari') // { min: 450, max: 900 }
 */
export function parseDuration(text: string): DurationRange | null {
  const tokens = tokenize(normalize(text));
  if (!tokens || tokens.length === 0) return null;
  const sides = readSides(tokens);
  if (!sides) return null;
  const [first = [], second] = sides;
  if (first.length === 0 || (second && second.length === 0)) return null;
  if (!second) {
    const value = sideMinutes(first, null);
    return value === null ? null : { min: value, max: value };
  }
  // "1-2 jam": the bare number on the left takes the unit of the right side.
  const a = sideMinutes(first, second[0]?.unit ?? null);
  const b = sideMinutes(second, null);
  if (a === null || b === null) return null;
  return { min: Math.min(a, b), max: Math.max(a, b) };
}
