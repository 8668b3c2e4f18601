import { lazy } from 'react';
import { loadOpenDock } from '../problems/ProblemsDock';

/*
 * The views a first screen does not show (the diagram is the first): each its own chunk,
 * out of the first download, fetched when the page is idle after start-up, so switching
 * to them later (or offline, after the first load) finds them in.
 */
const loadSteps = () => import('../steps/StepsView');
const loadIdentity = () => import('../views/IdentityView');
const loadSheet = () => import('../sheet/SheetViewConnected');
const loadPrintHost = () => import('../sheet/PrintHost');
const loadSheetImport = () => import('./SheetImportDialogs');

export const StepsView = lazy(() => loadSteps().then((m) => ({ default: m.StepsView })));
export const IdentityView = lazy(() => loadIdentity().then((m) => ({ default: m.IdentityView })));
export const SheetViewConnected = lazy(() =>
  loadSheet().then((m) => ({ default: m.SheetViewConnected })),
);
export const SheetImportDialogs = lazy(() =>
  loadSheetImport().then((m) => ({ default: m.SheetImportDialogs })),
);
export const PrintHost = lazy(() => loadPrintHost().then((m) => ({ default: m.PrintHost })));

let fetched = false;

/** Fetches every lazy view once the page is idle (a view that fails to load is fetched again when shown). */
export function fetchViewsWhenIdle(): void {
  if (fetched) return;
  fetched = true;
  const all = () =>
    [loadSteps, loadIdentity, loadSheet, loadPrintHost, loadSheetImport, loadOpenDock].forEach(
      (load) => void load().catch(() => undefined),
    );
  if (typeof requestIdleCallback === 'function') requestIdleCallback(all, { timeout: 3000 });
  else setTimeout(all, 0);
}
