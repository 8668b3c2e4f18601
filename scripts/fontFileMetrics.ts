import { jsPDF } from 'jspdf';

/** A face's advance widths by code point (Basic Multilingual Plane), in font units. */
export interface FaceMetrics {
  unitsPerEm: number;
  notdef: number;
  widths: Map<number, number>;
}

interface ParsedFont {
  head: { unitsPerEm: number };
  cmap: { unicode: { codeMap: Record<string, number> } };
  hmtx: { metrics: { advance: number }[]; widths: number[] };
}

/** Reads a TrueType file (base64) with jsPDF's parser: the widths the PDF will carry. */
export function readFaceMetrics(base64: string): FaceMetrics {
  const pdf = new jsPDF({ unit: 'pt' });
  pdf.addFileToVFS('face.ttf', base64);
  pdf.addFont('face.ttf', 'Face', 'normal', undefined, 'Identity-H');
  pdf.setFont('Face', 'normal');
  const font = (pdf.getFont() as unknown as { metadata: ParsedFont }).metadata;
  const advance = (glyph: number) =>
    font.hmtx.metrics[glyph]?.advance ?? font.hmtx.widths[glyph - font.hmtx.metrics.length] ?? 0;
  const widths = new Map<number, number>();
  for (const [key, glyph] of Object.entries(font.cmap.unicode.codeMap)) {
    const code = Number(key);
    // Control characters and the non-character U+FFFF never reach the sheet's text.
    if (glyph === 0 || code < 32 || code >= 0xfffe || (code >= 0x7f && code < 0xa0)) continue;
    widths.set(code, advance(glyph));
  }
  return { unitsPerEm: font.head.unitsPerEm, notdef: advance(0), widths };
}

/**
 * A face as text: "unitsPerEm|notdef|runs", each run "first code point>width,width,…"
 * for consecutive code points, numbers in base 36. Code points `except` covers are left out.
 */
export function packFaceMetrics(face: FaceMetrics, except?: FaceMetrics): string {
  const codes = [...face.widths.keys()].filter((c) => !except?.widths.has(c)).sort((a, b) => a - b);
  const runs: string[] = [];
  let run: number[] = [];
  let first = -1;
  const flush = () => {
    if (run.length > 0)
      runs.push(`${first.toString(36)}>${run.map((w) => w.toString(36)).join(',')}`);
  };
  codes.forEach((code, i) => {
    if (i === 0 || code !== codes[i - 1]! + 1) {
      flush();
      run = [];
      first = code;
    }
    run.push(face.widths.get(code)!);
  });
  flush();
  return `${face.unitsPerEm.toString(36)}|${face.notdef.toString(36)}|${runs.join(';')}`;
}
