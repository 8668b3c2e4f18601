import { useEffect } from 'react';
import { useStore } from '@xyflow/react';

/**
 * Publishes the canvas zoom as the CSS variable `--zoom` on the diagram, so the in-place
 * editors (which sit inside the zoomed canvas) keep a readable size at any zoom.
 */
export function ZoomVariable() {
  const zoom = useStore((s) => s.transform[2]);
  useEffect(() => {
    document
      .querySelector<HTMLElement>('.diagram-canvas')
      ?.style.setProperty('--zoom', String(zoom));
  }, [zoom]);
  return null;
}
