import type { CellAnchor } from './grid';
import type { ConnectorShape, EmuPoint } from './connectorPath';
import { FONT_NAME } from './styles';
import { drawingTextXml, escapeXml } from './xml';

/** A connection site on a shape: Excel's `idx` for top, left, bottom, right. */
export interface Glue {
  shapeId: number;
  site: number;
}

export type ShapePreset =
  'flowChartTerminator' | 'flowChartProcess' | 'flowChartDecision' | 'flowChartOffpageConnector';

interface Anchored {
  id: number;
  name: string;
  from: CellAnchor;
  to: CellAnchor;
}

/** One object of a sheet's drawing part. */
export type DrawingObject =
  | (Anchored & {
      kind: 'shape';
      preset: ShapePreset;
      lineWidth: number;
      text: { text: string; bold: boolean; fontSize: number } | null;
    })
  | (Anchored & {
      kind: 'connector';
      shape: ConnectorShape;
      lineWidth: number;
      start: Glue | null;
      end: Glue | null;
      arrowhead: boolean;
    })
  | (Anchored & {
      kind: 'freeform';
      /** The path relative to the anchor's top-left, in EMU. */
      points: EmuPoint[];
      lineWidth: number;
      arrowhead: boolean;
    })
  | (Anchored & {
      kind: 'label';
      text: string;
      fontSize: number;
      align: 'left' | 'center' | 'right';
    })
  | (Anchored & { kind: 'picture'; relId: string });

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const BLACK = '<a:solidFill><a:srgbClr val="000000"/></a:solidFill>';
const ARROW = '<a:tailEnd type="triangle" w="med" len="med"/>';

/** Writes `xl/drawings/drawingN.xml`. */
export function drawingXml(objects: DrawingObject[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr ${NS}>${objects.map(anchorXml).join('')}</xdr:wsDr>`
  );
}

function anchorXml(object: DrawingObject): string {
  const marker = (tag: string, a: CellAnchor): string =>
    `<xdr:${tag}><xdr:col>${a.col}</xdr:col><xdr:colOff>${a.colOff}</xdr:colOff>` +
    `<xdr:row>${a.row}</xdr:row><xdr:rowOff>${a.rowOff}</xdr:rowOff></xdr:${tag}>`;
  // Pictures and labels stay their size when rows or columns are resized.
  const editAs = object.kind === 'picture' || object.kind === 'label' ? ' editAs="oneCell"' : '';
  return (
    `<xdr:twoCellAnchor${editAs}>${marker('from', object.from)}${marker('to', object.to)}` +
    `${objectXml(object)}<xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function boxXfrm(from: CellAnchor, to: CellAnchor): string {
  return `<a:xfrm><a:off x="${from.x}" y="${from.y}"/><a:ext cx="${to.x - from.x}" cy="${to.y - from.y}"/></a:xfrm>`;
}

function nvName(object: Anchored): string {
  return `<xdr:cNvPr id="${object.id}" name="${escapeXml(object.name)}"/>`;
}

function objectXml(object: DrawingObject): string {
  switch (object.kind) {
    case 'shape':
      return (
        `<xdr:sp macro="" textlink=""><xdr:nvSpPr>${nvName(object)}<xdr:cNvSpPr/></xdr:nvSpPr>` +
        `<xdr:spPr>${boxXfrm(object.from, object.to)}<a:prstGeom prst="${object.preset}"><a:avLst/></a:prstGeom>` +
        `<a:noFill/><a:ln w="${object.lineWidth}">${BLACK}</a:ln></xdr:spPr>` +
        (object.text
          ? textBody(object.text.text, object.text.fontSize, object.text.bold, 'ctr', 'ctr')
          : '') +
        '</xdr:sp>'
      );
    case 'connector': {
      const s = object.shape;
      const glue = (tag: string, g: Glue | null): string =>
        g ? `<a:${tag} id="${g.shapeId}" idx="${g.site}"/>` : '';
      const attrs =
        (s.rot ? ` rot="${s.rot}"` : '') +
        (s.flipH ? ' flipH="1"' : '') +
        (s.flipV ? ' flipV="1"' : '');
      const guides = s.adj
        .map((value, i) => `<a:gd name="adj${i + 1}" fmla="val ${value}"/>`)
        .join('');
      return (
        `<xdr:cxnSp macro=""><xdr:nvCxnSpPr>${nvName(object)}<xdr:cNvCxnSpPr>` +
        `${glue('stCxn', object.start)}${glue('endCxn', object.end)}</xdr:cNvCxnSpPr></xdr:nvCxnSpPr>` +
        `<xdr:spPr><a:xfrm${attrs}><a:off x="${s.off.x}" y="${s.off.y}"/><a:ext cx="${s.ext.cx}" cy="${s.ext.cy}"/></a:xfrm>` +
        `<a:prstGeom prst="${s.preset}"><a:avLst>${guides}</a:avLst></a:prstGeom>` +
        `<a:ln w="${object.lineWidth}">${BLACK}${object.arrowhead ? ARROW : ''}</a:ln></xdr:spPr></xdr:cxnSp>`
      );
    }
    case 'freeform': {
      const w = Math.max(1, object.to.x - object.from.x);
      const h = Math.max(1, object.to.y - object.from.y);
      const [first, ...rest] = object.points;
      const path = first
        ? `<a:moveTo><a:pt x="${first.x}" y="${first.y}"/></a:moveTo>` +
          rest.map((p) => `<a:lnTo><a:pt x="${p.x}" y="${p.y}"/></a:lnTo>`).join('')
        : '';
      return (
        `<xdr:sp macro="" textlink=""><xdr:nvSpPr>${nvName(object)}<xdr:cNvSpPr/></xdr:nvSpPr>` +
        `<xdr:spPr>${boxXfrm(object.from, object.to)}<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>` +
        `<a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="${w}" h="${h}" fill="none">${path}</a:path></a:pathLst></a:custGeom>` +
        `<a:noFill/><a:ln w="${object.lineWidth}">${BLACK}${object.arrowhead ? ARROW : ''}</a:ln></xdr:spPr></xdr:sp>`
      );
    }
    case 'label':
      return (
        `<xdr:sp macro="" textlink=""><xdr:nvSpPr>${nvName(object)}<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
        `<xdr:spPr>${boxXfrm(object.from, object.to)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>` +
        '<a:noFill/><a:ln><a:noFill/></a:ln></xdr:spPr>' +
        textBody(
          object.text,
          object.fontSize,
          false,
          'ctr',
          object.align === 'left' ? 'l' : object.align === 'right' ? 'r' : 'ctr',
        ) +
        '</xdr:sp>'
      );
    case 'picture':
      return (
        `<xdr:pic><xdr:nvPicPr>${nvName(object)}<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
        `<xdr:blipFill><a:blip r:embed="${object.relId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
        `<xdr:spPr>${boxXfrm(object.from, object.to)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`
      );
    default: {
      const unknown: never = object;
      throw new Error(`Unknown drawing object ${JSON.stringify(unknown)}`);
    }
  }
}

function textBody(
  text: string,
  fontSize: number,
  bold: boolean,
  anchor: 'ctr' | 't',
  align: 'l' | 'ctr' | 'r',
): string {
  return (
    `<xdr:txBody><a:bodyPr vertOverflow="overflow" horzOverflow="overflow" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="${anchor}" anchorCtr="0"/>` +
    `<a:lstStyle/><a:p><a:pPr algn="${align}"/><a:r><a:rPr lang="id-ID" sz="${Math.round(fontSize * 100)}"${bold ? ' b="1"' : ''}>` +
    `${BLACK}<a:latin typeface="${escapeXml(FONT_NAME)}"/></a:rPr><a:t>${drawingTextXml(text)}</a:t></a:r></a:p></xdr:txBody>`
  );
}
