/**
 * `node --import tsx scripts/wordBreaks.ts [count]`: lays out `count` (200) random
 * SOPs of wordySop and prints how many have a line broken inside a word with no
 * hyphen, and how many line breaks that is in all: the quality report of issue 10.
 */
import { countMidWordBreaks } from '../src/layout/invariants';
import { layoutSheet } from '../src/layout/layoutSheet';
import { wordySop } from '../src/layout/testing/wordySop';
import { sheetMeasurer } from '../src/layout/text/measure';

const count = Number(process.argv[2] ?? 200);
let sops = 0;
let breaks = 0;
for (let i = 0; i < count; i++) {
  const n = countMidWordBreaks(layoutSheet(wordySop(i), { measure: sheetMeasurer }));
  if (n > 0) sops++;
  breaks += n;
}
console.log(`${sops} of ${count} SOPs have mid-word breaks (${breaks} breaks in all)`);
