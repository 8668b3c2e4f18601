import type { SymbolBox } from '../../layout/geometry';
import { pointsAttr } from '../../export/svg/svgGeometry';
import { STROKE } from '../../export/pdf/shapes';
import { capsuleRadius, diamondPoints } from '../../layout/shapes';
import { SHEET_INK } from './sheetStyle';

/** One flowchart symbol drawn in its box: capsule, rectangle or diamond, no text inside. */
export function SheetSymbol({ box }: { box: SymbolBox }) {
  const common = {
    fill: 'none',
    stroke: SHEET_INK,
    strokeWidth: STROKE.symbol,
    'data-symbol-id': box.symbolId,
    'data-shape': box.shape,
  };
  switch (box.shape) {
    case 'terminator': {
      const radius = capsuleRadius(box);
      return (
        <rect
          x={box.x}
          y={box.y}
          width={box.width}
          height={box.height}
          rx={radius}
          ry={radius}
          {...common}
        />
      );
    }
    case 'process':
      return <rect x={box.x} y={box.y} width={box.width} height={box.height} {...common} />;
    case 'decision':
      return <polygon points={pointsAttr(diamondPoints(box))} {...common} />;
    default: {
      const unknown: never = box.shape;
      throw new Error(`Unknown symbol shape ${String(unknown)}`);
    }
  }
}
