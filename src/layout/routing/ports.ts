import type { Rect } from '../geometry';
import type { Side } from './search';

type Prefs = { side: Side; penalty: number }[];

/**
 * Which sides an arrow may leave its source and enter its target by, and at
 * what price: forward flows leave from the bottom (or the side facing the
 * target) and enter from the top; same-row flows go side to side; loops back
 * leave sideways and enter from a side (or from below).
 */
export function portPreferences(from: Rect, to: Rect): { source: Prefs; target: Prefs } {
  const dx = to.x + to.width / 2 - (from.x + from.width / 2);
  const sameColumn = Math.abs(dx) < 1;
  // Facing sides; in one column a loop goes round on the right.
  const sourceFacing: Side = sameColumn || dx > 0 ? 'right' : 'left';
  const sourceOther: Side = sourceFacing === 'right' ? 'left' : 'right';
  const targetFacing: Side = sameColumn ? 'right' : dx > 0 ? 'left' : 'right';
  const targetOther: Side = targetFacing === 'right' ? 'left' : 'right';
  const below = to.y >= from.y + from.height - 0.01;
  const above = to.y + to.height <= from.y + 0.01;
  if (below) {
    return {
      source: [
        { side: 'bottom', penalty: 0 },
        { side: sourceFacing, penalty: sameColumn ? 30 : 2 },
        { side: sourceOther, penalty: 40 },
      ],
      target: [
        { side: 'top', penalty: 0 },
        // Dearer than joining an arrow already coming in: side ports stay free for exits.
        { side: targetFacing, penalty: 24 },
        { side: targetOther, penalty: 30 },
      ],
    };
  }
  if (above) {
    return {
      source: [
        { side: sourceFacing, penalty: 0 },
        { side: sourceOther, penalty: 3 },
        { side: 'bottom', penalty: 30 },
        { side: 'top', penalty: 80 },
      ],
      target: [
        { side: targetFacing, penalty: 0 },
        { side: targetOther, penalty: 3 },
        { side: 'bottom', penalty: 25 },
        { side: 'top', penalty: 60 },
      ],
    };
  }
  return {
    source: [
      { side: sourceFacing, penalty: 0 },
      { side: 'bottom', penalty: 12 },
      { side: 'top', penalty: 20 },
      { side: sourceOther, penalty: 40 },
    ],
    target: [
      { side: targetFacing, penalty: 0 },
      { side: 'top', penalty: 10 },
      { side: 'bottom', penalty: 15 },
      { side: targetOther, penalty: 40 },
    ],
  };
}
