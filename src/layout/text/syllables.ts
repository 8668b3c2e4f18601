/**
 * Syllables of an Indonesian word, for hyphenating a word too long for its
 * column at a place a reader of Bahasa Indonesia expects (PUEBI): between
 * vowels (V-V), before a lone consonant (V-CV), and between consonants (VC-CV,
 * VCC-CV keeps all but the last consonant left). The digraphs ng, ny, kh and
 * sy count as one consonant, and the diphthongs ai, au, ei, oi are not split.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const DIGRAPHS = new Set(['ng', 'ny', 'kh', 'sy']);
const DIPHTHONGS = new Set(['ai', 'au', 'ei', 'oi']);

/** One letter or digraph of the word, with where it starts. */
interface Unit {
  start: number;
  text: string;
  vowel: boolean;
}

function unitsOf(word: string): Unit[] {
  const lower = word.toLowerCase();
  const units: Unit[] = [];
  for (let i = 0; i < lower.length;) {
    const pair = lower.slice(i, i + 2);
    // "ng" before a vowel or at the end is one sound; so are the others.
    if (DIGRAPHS.has(pair)) {
      units.push({ start: i, text: pair, vowel: false });
      i += 2;
      continue;
    }
    const ch = lower[i]!;
    units.push({ start: i, text: ch, vowel: VOWELS.has(ch) });
    i += 1;
  }
  return units;
}

function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

/**
 * Offsets inside `word` where it may be hyphenated, ascending. Only runs of
 * letters are split, and never leaving fewer than two characters either side.
 */
export function syllableBreaks(word: string): number[] {
  const units = unitsOf(word);
  const breaks: number[] = [];
  let lastVowel = -1;
  for (let k = 0; k < units.length; k++) {
    if (!units[k]!.vowel) continue;
    if (lastVowel >= 0) {
      const between = units.slice(lastVowel + 1, k);
      const letters = between.every((u) => [...u.text].every(isLetter));
      if (letters) {
        let at: number | null;
        if (between.length === 0) {
          const pair = units[lastVowel]!.text + units[k]!.text;
          at = DIPHTHONGS.has(pair) ? null : units[k]!.start;
        } else {
          // The last consonant opens the next syllable; the ones before close this one.
          at = between[between.length - 1]!.start;
        }
        if (at !== null && at >= 2 && word.length - at >= 2) breaks.push(at);
      }
    }
    lastVowel = k;
  }
  return breaks;
}

/** The word cut into its syllables ("Persyaratan" → Per, sya, ra, tan). */
export function syllables(word: string): string[] {
  const cuts = [0, ...syllableBreaks(word), word.length];
  return cuts.slice(1).map((end, i) => word.slice(cuts[i], end));
}
