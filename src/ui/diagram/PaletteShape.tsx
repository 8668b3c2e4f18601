import type { SymbolShape } from '../../model/types';

/** A small drawing of a symbol shape for the palette and the drag ghost. */
export function PaletteShape({
  shape,
  width = 30,
  height = 18,
}: {
  shape: SymbolShape;
  width?: number;
  height?: number;
}) {
  const box = { x: 1, y: 1, width: width - 2, height: height - 2 };
  return (
    <svg width={width} height={height} aria-hidden="true" className="palette-shape">
      {shape === 'terminator' && <rect {...box} rx={box.height / 2} />}
      {shape === 'process' && <rect {...box} />}
      {shape === 'decision' && (
        <polygon
          points={`${width / 2},1 ${width - 1},${height / 2} ${width / 2},${height - 1} 1,${height / 2}`}
        />
      )}
    </svg>
  );
}
