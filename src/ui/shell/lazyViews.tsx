import { preloadable } from '../common/preloadable';
import { addStrings } from '../../i18n/dictionary';
import { openDock } from '../problems/ProblemsDock';
import { preloadLibraryBars } from './libraryBars';
import { preloadShortcutsPanel } from '../diagram/ShortcutsHelp';
import { preloadDeleteActorDialog } from '../diagram/lazyDeleteActorDialog';

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
  withMessages(import('./ImportChoiceDialog')).then((m) => m.ImportChoiceDialog),
);

/** The words of the messages, which come with the parts that show them. */
const withMessages = <T,>(part: Promise<T>): Promise<T> =>
  Promise.all([part, import('../../i18n/strings/messages')]).then(([loaded, strings]) => {
    addStrings(strings.messageStrings);
    return loaded;
  });

// Messages and the storage banner word file errors: they and those words come when there is one to show.
const notices = preloadable(() => withMessages(import('./Notices')).then((m) => m.Notices));
const conflict = preloadable(() =>
  withMessages(import('./ConflictBanner')).then((m) => m.ConflictBanner),
);
const deleteToast = preloadable(() =>
  withMessages(import('./DeleteToast')).then((m) => m.DeleteToast),
);
const history = preloadable(() =>
  Promise.all([import('./HistoryDialog'), import('../../i18n/strings/history')]).then(
    ([module, strings]) => {
      addStrings(strings.historyStrings);
      return module.HistoryDialog;
    },
  ),
);
const update = preloadable(() =>
  withMessages(import('./UpdateBanner')).then((m) => m.UpdateBanner),
);
const storageError = preloadable(() =>
  withMessages(import('./StorageErrorBanner')).then((m) => m.StorageErrorBanner),
);

export const StepsView = steps.View;
export const Notices = notices.View;
export const StorageErrorBanner = storageError.View;
export const ConflictBanner = conflict.View;
export const DeleteToast = deleteToast.View;
export const UpdateBanner = update.View;
export const HistoryDialog = history.View;
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
    [
      { preload: preloadLibraryBars },
      { preload: preloadShortcutsPanel },
      { preload: preloadDeleteActorDialog },
      notices,
      history,
      storageError,
      conflict,
      deleteToast,
      steps,
      identity,
      sheet,
      printHost,
      sheetImport,
      importChoice,
      openDock,
    ].forEach((view) => void view.preload().catch(() => undefined)),
  );
}
