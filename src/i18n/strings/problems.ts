import type { StringTable } from '../table';

/**
 * What the first screen shows of the problems: the count, its label and the export note. The
 * messages themselves (problemMessages.ts) load with the problems panel.
 */
export const problemsStrings = {
  'problems.exportNoteErrors': {
    id: 'Masih ada {errors} kesalahan dan {warnings} peringatan. Ekspor tetap dapat dilakukan.',
    en: 'There are still {errors} error(s) and {warnings} warning(s). You can still export.',
  },
  'problems.exportNoteWarnings': {
    id: 'Tidak ada kesalahan; masih ada {warnings} peringatan. Ekspor tetap dapat dilakukan.',
    en: 'No errors; {warnings} warning(s) remain. You can still export.',
  },
  'problems.exportShow': { id: 'Tampilkan masalah', en: 'Show problems' },
  'problems.toggle': {
    id: 'Tampilkan atau sembunyikan daftar masalah',
    en: 'Show or hide the problems list',
  },
  'problems.title': { id: 'Masalah', en: 'Problems' },
  'problems.severity.error': { id: 'Kesalahan', en: 'Error' },
  'problems.severity.warning': { id: 'Peringatan', en: 'Warning' },
  'problems.countLabel': {
    id: '{errors} kesalahan, {warnings} peringatan',
    en: '{errors} error(s), {warnings} warning(s)',
  },
} as const satisfies StringTable;
