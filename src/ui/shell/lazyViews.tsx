import { preloadable } from '../common/preloadable';
import { openDock } from '../problems/ProblemsDock';

/*
 * The views a first screen does not show (the diagram is the first): each its own chunk,
 * out of the first download, fetched as soon as the first screen is up (not when the page
 * is idle: a big SOP opened at once keeps it busy), so switching to them later (or offline,
 * after the first load) renders them at once.
 */
const steps = preloadable(() => import('../steps/StepsView').then((m) => m.StepsView));
const identity = preloadable(() => import('../views/IdentityView').then((m) => m.IdentityView));
const sheet = preloadable(() =>
  import('../sheet/SheetViewConnected').then((m) => m.SheetViewConnected),
);
const printHost = preloadable(() => import('../sheet/PrintHost').then((m) => m.PrintHost));
const sheetImport = preloadable(() =>
  import('./SheetImportDialogs').then((m) => m.SheetImportDialogs),
);

const importChoice = preloadable(() =>
  import('./ImportChoiceDialog').then((m) => m.ImportChoiceDialog),
);

export const StepsView = steps.View;
export const ImportChoiceDialog = importChoice.View;
export const IdentityView = identity.View;
export const SheetViewConnected = sheet.View;
export const PrintHost = printHost.View;
export const SheetImportDialogs = sheetImport.View;

let fetched = false;

/** Fetches every lazy view once the first screen is drawn (one that fails is fetched again when shown). */
export function fetchViewsSoon(): void {
  if (fetched) return;
  fetched = true;
  setTimeout(() =>
    [steps, identity, sheet, printHost, sheetImport, importChoice, openDock].forEach(
      (view) => void view.preload().catch(() => undefined),
    ),
  );
}
