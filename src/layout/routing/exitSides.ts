import type { Side } from './search';

/**
 * The sides tried in turn for (up to) two exits of a symbol whose label found
 * no free place, the exit of that label first. Both exits by the side
 * vertices come first: in a column too narrow for the text beside an arrow on
 * its centre line, the only room for it is across that line, below the
 * symbol, which an exit from the bottom vertex would take.
 */
export function sideCombos(count: number): Side[][] {
  const pairs: Side[][] = [
    ['left', 'right'],
    ['right', 'left'],
    ['left', 'bottom'],
    ['right', 'bottom'],
    ['bottom', 'left'],
    ['bottom', 'right'],
  ];
  if (count >= 2) return pairs;
  return [['left'], ['right'], ['bottom']];
}

/** Every side but the one chosen: what a forced exit avoids. */
export function avoidAllBut(side: Side): Set<Side> {
  const all: Side[] = ['top', 'bottom', 'left', 'right'];
  return new Set(all.filter((s) => s !== side));
}
