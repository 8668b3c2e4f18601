import {
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  TabStopType,
  TextRun,
  type ISectionOptions,
  type ParagraphChild,
  type Table,
} from 'docx';
import type {
  FlowchartPageGeometry,
  IdentityPageGeometry,
  PageGeometry,
  PaperSize,
  SheetGeometry,
} from '../../layout/geometry';
import { FOOTER_DROP, FOOTER_FONT } from '../../layout/footer';
import type { SopDocument } from '../../model/types';
import { flowchartDrawing } from './flowchartDrawing';
import { flowchartTable } from './flowchartTable';
import { identityTable } from './identityPage';
import { tinyParagraph } from './paragraphs';
import { FONT, halfPoints, twips } from './units';

/**
 * Room kept free below each page's table: the paragraph Word needs after a table (the
 * section's end) must fit on the same page, or Word would add an empty page.
 */
const BOTTOM_SLACK = 3;

/** Height of the paragraph that carries a page's drawing and starts its page. */
const ANCHOR = 1;

interface PagePart {
  /** Where the table starts on the page. */
  top: number;
  table: Table;
  /** Floating objects (drawing, logo) anchored in the paragraph before the table. */
  floating: ParagraphChild[];
}

/**
 * The SOP as a Word document: section 1 the identity page(s), section 2 the flowchart
 * pages, each page one table with its paragraph before it, on the paper of the sheet.
 * Every page's table starts where the PDF's does: the section's top margin is set so, and
 * a page whose table starts lower gets a taller paragraph before it.
 */
export function sopDocument(doc: SopDocument, geometry: SheetGeometry): Document {
  const { paper } = geometry;
  const identity = geometry.pages.filter((p): p is IdentityPageGeometry => p.kind === 'identity');
  const flowchart = geometry.pages.filter(
    (p): p is FlowchartPageGeometry => p.kind === 'flowchart',
  );
  const sections: ISectionOptions[] = [];
  const footerTitle = titleOf(geometry.pages);
  if (identity.length > 0)
    sections.push(
      section(
        identity.map((page) => {
          const t = identityTable(page, paper);
          return { top: t.top, table: t.table, floating: t.logo ? [t.logo] : [] };
        }),
        paper,
        footerTitle,
        false,
      ),
    );
  if (flowchart.length > 0)
    sections.push(
      section(
        flowchart.map((page) => {
          const drawing = flowchartDrawing(page);
          return {
            top: page.header?.top ?? page.rows[0]?.y ?? paper.margin,
            table: flowchartTable(doc, page),
            floating: drawing ? [drawing as unknown as ParagraphChild] : [],
          };
        }),
        paper,
        footerTitle,
        sections.length > 0,
      ),
    );
  return new Document({
    creator: 'Alir',
    title: [doc.identity.number, doc.identity.name].filter((t) => t.trim() !== '').join(' — '),
    description: 'Standar Operasional Prosedur (SOP AP)',
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(8) } },
      },
    },
    sections,
  });
}

function section(
  parts: PagePart[],
  paper: PaperSize,
  footerTitle: string,
  newPage: boolean,
): ISectionOptions {
  const top = Math.min(...parts.map((p) => p.top)) - ANCHOR;
  const children: (Paragraph | Table)[] = [];
  parts.forEach((part, k) => {
    children.push(
      tinyParagraph({
        height: part.top - top,
        pageBreakBefore: k > 0,
        children: part.floating,
      }),
      part.table,
    );
  });
  children.push(tinyParagraph());
  const landscape = paper.width > paper.height;
  // The footer's line ends where the PDF's descends to.
  const footerBottom =
    paper.height - (paper.height - paper.margin + FOOTER_DROP + FOOTER_FONT * 0.25);
  return {
    properties: {
      type: newPage ? SectionType.NEXT_PAGE : undefined,
      page: {
        // docx swaps the two for a landscape page: it takes the portrait size.
        size: {
          width: twips(Math.min(paper.width, paper.height)),
          height: twips(Math.max(paper.width, paper.height)),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: twips(top),
          left: twips(paper.margin),
          right: twips(paper.margin),
          bottom: twips(paper.margin - BOTTOM_SLACK),
          header: twips(Math.max(0, top / 2)),
          footer: twips(Math.max(0, footerBottom)),
        },
      },
    },
    footers: { default: pageFooter(footerTitle, paper) },
    children,
  };
}

/** The SOP's number and name as the sheet's footers print them (already cut to fit). */
function titleOf(pages: PageGeometry[]): string {
  for (const page of pages) {
    const left = page.footer?.texts.find((t) => t.align === 'left');
    if (left) return left.lines.map((l) => l.text).join(' ');
  }
  return '';
}

/** "number — name" on the left and "Halaman x dari y" (Word's page fields) on the right. */
function pageFooter(title: string, paper: PaperSize): Footer {
  const size = halfPoints(FOOTER_FONT);
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    new TextRun({ children, font: FONT, size });
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: twips(paper.width - 2 * paper.margin) }],
        spacing: {
          before: 0,
          after: 0,
          line: twips(FOOTER_FONT * 1.2),
          lineRule: LineRuleType.EXACT,
        },
        children: [
          run([title]),
          run(['\t', 'Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES]),
        ],
      }),
    ],
  });
}
