// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FlowchartPageGeometry, IdentityPageGeometry, PaperSize } from '../../layout/geometry';
import { SheetPage } from './SheetPage';

afterEach(cleanup);

const paper: PaperSize = { width: 842, height: 595, margin: 34 };

const flowchart: FlowchartPageGeometry = {
  kind: 'flowchart',
  index: 1,
  footer: null,
  columns: [],
  header: null,
  strips: [],
  rows: [],
  lines: [{ x1: 34, y1: 34, x2: 808, y2: 34, width: 0.75 }],
  texts: [
    { lines: [{ text: 'No', x: 50, y: 50 }], align: 'center', fontSize: 8, bold: true },
    {
      lines: [
        { text: '<b>Menerima</b> surat', x: 80, y: 70 },
        { text: '', x: 80, y: 80 },
        { text: 'masuk', x: 80, y: 90 },
      ],
      align: 'left',
      fontSize: 8,
      bold: false,
    },
  ],
  symbols: [
    {
      symbolId: 'n1',
      stepId: 's1',
      actorId: 'a1',
      shape: 'terminator',
      x: 200,
      y: 60,
      width: 32,
      height: 13,
    },
    {
      symbolId: 'n2',
      stepId: 's2',
      actorId: 'a1',
      shape: 'process',
      x: 202,
      y: 100,
      width: 28,
      height: 16,
    },
    {
      symbolId: 'n3',
      stepId: 's3',
      actorId: 'a1',
      shape: 'decision',
      x: 201,
      y: 140,
      width: 30,
      height: 20,
    },
  ],
  connectors: [
    { label: 'A', flowId: 'f9', end: 'out', pageIndex: 1, x: 209, y: 560, width: 14, height: 14 },
  ],
  routes: [
    {
      flowId: 'f1',
      points: [
        { x: 216, y: 73 },
        { x: 216, y: 100 },
      ],
      arrowhead: true,
      label: null,
    },
    {
      flowId: 'f2',
      points: [
        { x: 231, y: 150 },
        { x: 260, y: 150 },
        { x: 260, y: 108 },
        { x: 230, y: 108 },
      ],
      arrowhead: true,
      label: { text: 'Tidak', x: 234, y: 146, align: 'left' },
    },
  ],
};

function svgOf(testId = 'sheet-page'): SVGSVGElement {
  return screen.getByTestId(testId) as unknown as SVGSVGElement;
}

describe('SheetPage', () => {
  it('is sized to the paper in points with a white page', () => {
    render(<SheetPage page={flowchart} paper={paper} label="Halaman 2" testId="sheet-page" />);
    const svg = svgOf();
    expect(svg).toHaveAttribute('viewBox', '0 0 842 595');
    const page = svg.querySelector('rect');
    expect(page).toHaveAttribute('width', '842');
    expect(page).toHaveAttribute('fill', '#fff');
    expect(screen.getByRole('img', { name: 'Halaman 2' })).toBe(svg);
  });

  it('draws each text line at its baseline, user text as text only', () => {
    render(<SheetPage page={flowchart} paper={paper} label="p" testId="sheet-page" />);
    const texts = [...svgOf().querySelectorAll('text')];
    const activity = texts.find((t) => t.textContent === '<b>Menerima</b> surat');
    expect(activity).toBeDefined();
    expect(activity).toHaveAttribute('x', '80');
    expect(activity).toHaveAttribute('y', '70');
    expect(svgOf().querySelector('b')).toBeNull();
    expect(activity!.parentElement).toHaveAttribute('text-anchor', 'start');
    const no = texts.find((t) => t.textContent === 'No');
    expect(no!.parentElement).toHaveAttribute('text-anchor', 'middle');
    expect(no!.parentElement).toHaveAttribute('font-weight', 'bold');
    // Empty lines keep their place in the layout but draw nothing.
    expect(texts.filter((t) => t.textContent === '')).toHaveLength(0);
  });

  it('draws a capsule, a rectangle and a diamond', () => {
    render(<SheetPage page={flowchart} paper={paper} label="p" testId="sheet-page" />);
    const svg = svgOf();
    const terminator = svg.querySelector('[data-symbol-id="n1"]')!;
    expect(terminator.tagName).toBe('rect');
    expect(terminator).toHaveAttribute('rx', '6.5');
    const process = svg.querySelector('[data-symbol-id="n2"]')!;
    expect(process.tagName).toBe('rect');
    expect(process.getAttribute('rx')).toBeNull();
    const decision = svg.querySelector('[data-symbol-id="n3"]')!;
    expect(decision.tagName).toBe('polygon');
    expect(decision).toHaveAttribute('points', '216,140 231,150 216,160 201,150');
  });

  it('draws the off-page connector as a downward pentagon with its letter', () => {
    render(<SheetPage page={flowchart} paper={paper} label="p" testId="sheet-page" />);
    const connector = svgOf().querySelector('[data-connector="out"]')!;
    const points = connector.querySelector('polygon')!.getAttribute('points')!.split(' ');
    expect(points).toHaveLength(5);
    // The lowest point is the middle one: the tip, at the box's bottom centre.
    expect(points[3]).toBe('216,574');
    expect(connector.querySelector('text')).toHaveTextContent('A');
  });

  it('draws each route as a polyline ending under a filled arrowhead at the last point', () => {
    render(<SheetPage page={flowchart} paper={paper} label="p" testId="sheet-page" />);
    const route = svgOf().querySelector('g[data-flow-id="f2"]')!;
    const line = route.querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(line.slice(0, 3)).toEqual(['231,150', '260,150', '260,108']);
    const head = route.querySelector('polygon')!;
    expect(head).toHaveAttribute('fill', '#000');
    expect(head.getAttribute('points')!.split(' ')[0]).toBe('230,108');
    const label = svgOf().querySelector('text[data-flow-id="f2"]')!;
    expect(label).toHaveTextContent('Tidak');
    expect(label).toHaveAttribute('text-anchor', 'start');
  });

  it('draws the page footer the layout set, "Halaman x dari y" included', () => {
    const footer = {
      pageNumber: 2,
      pageCount: 3,
      texts: [
        {
          lines: [{ text: 'Halaman 2 dari 3', x: 808, y: 572 }],
          align: 'right' as const,
          fontSize: 6.5,
          bold: false,
        },
      ],
    };
    render(
      <SheetPage page={{ ...flowchart, footer }} paper={paper} label="p" testId="sheet-page" />,
    );
    expect(screen.getByTestId('sheet-page-footer')).toHaveTextContent('Halaman 2 dari 3');
  });

  it('draws the identity page logo as an image', () => {
    const identity: IdentityPageGeometry = {
      kind: 'identity',
      index: 0,
      footer: null,
      lines: [],
      texts: [],
      logo: { x: 100, y: 40, width: 60, height: 60, dataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
    };
    render(<SheetPage page={identity} paper={paper} label="p" testId="sheet-page" />);
    const image = svgOf().querySelector('image')!;
    expect(image).toHaveAttribute('href', 'data:image/png;base64,iVBORw0KGgo=');
    expect(image).toHaveAttribute('width', '60');
  });
});
