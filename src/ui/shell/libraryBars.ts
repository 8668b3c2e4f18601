import { addStrings } from '../../i18n/dictionary';
import { preloadable } from '../common/preloadable';

/*
 * The library's search bar (always) and selection bar (once something is picked): their code
 * and words are a chunk of their own, fetched right after the first screen, which keeps the
 * first download small.
 */
const load = () =>
  Promise.all([
    import('./LibraryTools'),
    import('./LibrarySelectionBar'),
    import('../../i18n/strings/library'),
  ]).then(([tools, bars, strings]) => {
    addStrings(strings.libraryStrings);
    return { tools, bars };
  });

const tools = preloadable(() => load().then((m) => m.tools.LibraryTools));
const selection = preloadable(() => load().then((m) => m.bars.LibrarySelectionBar));
const progress = preloadable(() => load().then((m) => m.bars.LibraryExportProgress));

/** The profile's dialogs and their words load when one is first opened (and ahead, after start). */
const loadProfile = () =>
  Promise.all([
    import('./ProfileDialog'),
    import('./ProfileApplyDialog'),
    import('../../i18n/strings/profile'),
  ]).then(([dialog, apply, strings]) => {
    addStrings(strings.profileStrings);
    return { dialog, apply };
  });
const profileDialog = preloadable(() => loadProfile().then((m) => m.dialog.ProfileDialog));
const profileApply = preloadable(() => loadProfile().then((m) => m.apply.ProfileApplyDialog));
export const ProfileDialog = profileDialog.View;
export const ProfileApplyDialog = profileApply.View;

export const LibraryTools = tools.View;
export const LibrarySelectionBar = selection.View;
export const LibraryExportProgress = progress.View;

/** Fetches the bars ahead (called with the other views after the first screen). */
export const preloadLibraryBars = () =>
  Promise.all([tools.preload(), profileDialog.preload()]).then(() => undefined);
