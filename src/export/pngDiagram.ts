import { toBlob } from 'html-to-image';
import { planPng } from './pngSize';

/** A rectangle of the canvas in its own units (React Flow's flow coordinates). */
export interface CanvasRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Canvas parts that are controls, not drawing: never in the picture (and not worth cloning). */
const NOT_DRAWING = [
  'react-flow__handle',
  'in-place',
  'react-flow__edgelabel-renderer',
  'react-flow__node-row',
  'flow-hit',
];

/**
 * Draws the part `bounds` of a React Flow viewport element into a PNG (white background,
 * at least slide width), whatever is on screen: the viewport is re-transformed for the copy
 * only. Uses html-to-image 1.11.11, the version that keeps React Flow's edges.
 */
export async function renderDiagramPng(viewport: HTMLElement, bounds: CanvasRect): Promise<Blob> {
  const plan = planPng(bounds.width, bounds.height);
  const blob = await toBlob(viewport, {
    backgroundColor: '#ffffff',
    width: plan.width,
    height: plan.height,
    pixelRatio: 1,
    // Nothing is fetched: the app uses the system's fonts.
    skipFonts: true,
    style: {
      width: `${plan.width}px`,
      height: `${plan.height}px`,
      transform: `translate(${-bounds.x * plan.scale}px, ${-bounds.y * plan.scale}px) scale(${plan.scale})`,
      transformOrigin: '0 0',
    },
    filter: (node) =>
      !(node instanceof Element) || !NOT_DRAWING.some((c) => node.classList.contains(c)),
  });
  if (!blob) throw new Error('empty image');
  return blob;
}
