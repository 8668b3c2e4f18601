import { placeKey, type TextPlace } from '../model/textPlaces';
import type { SopDocument } from '../model/types';
import type { PageGeometry, SheetGeometry, TextMeasurer } from './geometry';
import { layoutFlowchartPages } from './flowchart/layoutFlowchartPages';
import type { WorkBudget } from './routing/budget';
import { layoutIdentityPages } from './identity';
import { paperSize } from './paper';
import { withFooters } from './footer';

export { layoutFlowchartPages } from './flowchart/layoutFlowchartPages';

/**
 * The whole official sheet: identity page(s), then the flowchart pages, on the document's paper.
 * Routing spends from `budget` (SHEET_WORK when absent).
 */
export function layoutSheet(
  doc: SopDocument,
  options: { measure: TextMeasurer; budget?: WorkBudget },
): SheetGeometry {
  const paper = paperSize(doc.sheet.paper, doc.sheet.orientation);
  const identity = layoutIdentityPages(doc.identity, paper, options.measure, 0);
  const flowchart = layoutFlowchartPages(
    doc,
    paper,
    options.measure,
    identity.length,
    options.budget,
  );
  const pages = withFooters([...identity, ...flowchart], doc.identity, paper, options.measure);
  return { paper, pages };
}

/**
 * The flows some page could not route cleanly (a route marked `fallback`), each once, in
 * the order of their first route: what the rule checker reports about the layout.
 */
export function uncleanFlows(pages: readonly PageGeometry[]): string[] {
  const ids = new Set<string>();
  for (const page of pages) {
    if (page.kind !== 'flowchart') continue;
    for (const route of page.routes) if (route.fallback) ids.add(route.flowId);
  }
  return [...ids];
}

/**
 * The document's texts some flowchart page printed with a word cut by a hyphen (their
 * column is too narrow for the word), each once, in page order: the rule checker names them.
 */
export function hyphenatedPlaces(pages: readonly PageGeometry[]): TextPlace[] {
  const found = new Map<string, TextPlace>();
  for (const page of pages) {
    if (page.kind !== 'flowchart') continue;
    for (const text of page.texts) {
      if (text.hyphenated && text.place) found.set(placeKey(text.place), text.place);
    }
  }
  return [...found.values()];
}
