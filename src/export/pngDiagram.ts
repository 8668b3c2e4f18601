import { planPng } from './pngSize';

/** A rectangle of the canvas in its own units (React Flow's flow coordinates). */
export interface CanvasRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Rasterises an SVG document drawing `bounds` of the canvas (its viewBox in any unit) into
 * a PNG at least slide wide (see planPng), on white. The picture is drawn from the layout,
 * not copied from the page: a copy of the live canvas cloned thousands of elements with
 * their computed styles (minutes at 2,000 steps), and needed all of them mounted first.
 */
export async function renderSvgPng(svg: string, bounds: CanvasRect): Promise<Blob> {
  const plan = planPng(bounds.width, bounds.height);
  // The image's own size is the PNG's, so the browser draws the vectors at that size.
  const sized = svg.replace(/^<svg /, `<svg width="${plan.width}" height="${plan.height}" `);
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = plan.width;
    canvas.height = plan.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, plan.width, plan.height);
    context.drawImage(image, 0, 0, plan.width, plan.height);
    const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
    if (!blob) throw new Error('empty image');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
