import type { SopDocument } from './types';

/**
 * Search over a library: what an entry is found by, and how the list is ordered and
 * narrowed. Pure, so the same rules hold in the panel, the bench and the tests.
 */

/** Lower case without accents, spaces collapsed: "Sérah  Terima" and "serah terima" match. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The text an entry is searched by, folded once when it is stored: the words of the entry's and
 * the SOP's names, its number, unit, actors and every step's activity, standards and notes.
 */
export function searchTextOf(doc: SopDocument, label: string | null = null): string {
  const { identity } = doc;
  const parts = [label ?? '', identity.name, identity.number, identity.unit];
  for (const actor of doc.actors) parts.push(actor.name);
  for (const step of doc.steps)
    parts.push(step.activity, step.requirements, step.time, step.output, step.notes);
  // Each word once: a query's words are looked for one by one (as parts of words too), so the
  // order and the repeats add nothing but bytes to a list of a thousand entries read at start.
  const words = new Set(foldText(parts.join(' ')).split(' '));
  words.delete('');
  return [...words].join(' ');
}

/** The words of a query, folded; an entry matches when its text holds every one of them. */
export function queryWords(query: string): string[] {
  const folded = foldText(query);
  return folded === '' ? [] : folded.split(' ');
}

/** An entry of the library list, as search and the list read it. */
export interface SearchableEntry {
  id: string;
  /** The SOP's own name (Nama SOP). */
  name: string;
  /**
   * The entry's own name when it must be told apart from another with the same SOP (a
   * duplicate, the second of two versions kept); null: the entry is called by the SOP's name.
   */
  label: string | null;
  number: string;
  unit: string;
  /** ISO time of the last change to the document. */
  updatedAt: string;
  /** The words search looks through, folded once when the entry is stored (searchTextOf). */
  text: string;
}

export type LibrarySort = 'changed' | 'name' | 'number';
export const LIBRARY_SORTS: readonly LibrarySort[] = ['changed', 'name', 'number'];

export interface LibraryQuery {
  words: readonly string[];
  /** Only entries of this unit (as written in their identity); null: every unit. */
  unit: string | null;
  sort: LibrarySort;
}

/** What the list calls an entry: its own name when it has one, else the SOP's. */
export function entryTitle(entry: Pick<SearchableEntry, 'name' | 'label'>): string {
  return entry.label ?? entry.name;
}

let collatorMade: Intl.Collator | null = null;
/** Made on first use: a module that builds nothing when loaded can be left out of a bundle. */
const collator = () =>
  (collatorMade ??= new Intl.Collator('id', { numeric: true, sensitivity: 'base' }));

/**
 * The entries that match, in the chosen order: last change first, or by title or number
 * (numbers compared as numbers: "SOP-2" before "SOP-10"; entries without one last).
 */
export function queryLibrary<E extends SearchableEntry>(
  entries: readonly E[],
  query: LibraryQuery,
): E[] {
  const unit = query.unit === null ? null : foldText(query.unit);
  const found = entries.filter(
    (e) =>
      (unit === null || foldText(e.unit) === unit) &&
      query.words.every((word) => e.text.includes(word)),
  );
  const byTitle = (a: E, b: E) => collator().compare(entryTitle(a), entryTitle(b));
  const time = (e: E) => {
    const t = Date.parse(e.updatedAt);
    return Number.isNaN(t) ? 0 : t;
  };
  const byChange = (a: E, b: E) => time(b) - time(a);
  const tie = (a: E, b: E) => a.id.localeCompare(b.id);
  const order: Record<LibrarySort, (a: E, b: E) => number> = {
    changed: (a, b) => byChange(a, b) || byTitle(a, b) || tie(a, b),
    name: (a, b) => byTitle(a, b) || byChange(a, b) || tie(a, b),
    number: (a, b) => {
      const blankA = a.number.trim() === '';
      const blankB = b.number.trim() === '';
      if (blankA !== blankB) return blankA ? 1 : -1;
      return collator().compare(a.number, b.number) || byTitle(a, b) || tie(a, b);
    },
  };
  return found.sort(order[query.sort]);
}

/** The units of the library, each once (as first written), in alphabetical order. */
export function libraryUnits(entries: readonly Pick<SearchableEntry, 'unit'>[]): string[] {
  const seen = new Map<string, string>();
  for (const { unit } of entries) {
    const key = foldText(unit);
    if (key !== '' && !seen.has(key)) seen.set(key, unit.trim());
  }
  return [...seen.values()].sort((a, b) => collator().compare(a, b));
}

/**
 * A title for a new entry that no other entry has: `base`, or `base` with the first free
 * number after it, as `make(n)` writes it ("… (salinan)", "… (salinan 2)").
 */
export function freeTitle(taken: Iterable<string>, make: (n: number) => string): string {
  const used = new Set([...taken].map(foldText));
  for (let n = 1; ; n++) {
    const title = make(n);
    if (!used.has(foldText(title))) return title;
  }
}
