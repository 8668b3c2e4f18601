import { lazy } from 'react';
import { loadOpenDock } from '../problems/ProblemsDock';

/*
 * The views a first screen does not show (the diagram is the first): each its own chunk,
 * out of the first download, fetched as soon as the first screen is up (not when the page
 * is idle: a big SOP opened at once keeps it busy, and its table view then waited seconds),
 * so switching to them later (or offline, after the first load) finds them in.
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

/** Fetches every lazy view once the first screen is drawn (one that fails is fetched again when shown). */
export function fetchViewsSoon(): void {
  if (fetched) return;
  fetched = true;
  setTimeout(() =>
    [loadSteps, loadIdentity, loadSheet, loadPrintHost, loadSheetImport, loadOpenDock].forEach(
      (load) => void load().catch(() => undefined),
    ),
  );
}
