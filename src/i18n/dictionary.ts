import { commonStrings } from './strings/common';
import { diagramStrings } from './strings/diagram';
import { problemsStrings } from './strings/problems';
import { identityStrings } from './strings/identity';
import { sheetStrings } from './strings/sheet';
import { shellStrings } from './strings/shell';
import { stepsStrings } from './strings/steps';
import type { libraryStrings } from './strings/library';
import type { messageStrings } from './strings/messages';
import type { helpStrings } from './strings/help';
import type { profileStrings } from './strings/profile';
import type { historyStrings } from './strings/history';
import type { problemMessages } from './strings/problemMessages';
import type { Language, StringTable } from './table';

/**
 * Every interface string of the app. Each area keeps its own table in
 * `strings/`; they are merged here so keys stay typed and unique.
 */
export const dictionary = {
  ...commonStrings,
  ...diagramStrings,
  ...problemsStrings,
  ...identityStrings,
  ...sheetStrings,
  ...shellStrings,
  ...stepsStrings,
} as const;

/** Keys of the tables that load with their own chunks (library.ts, messages.ts) are typed all the same. */
export type MessageKey =
  | keyof typeof dictionary
  | keyof typeof libraryStrings
  | keyof typeof messageStrings
  | keyof typeof helpStrings
  | keyof typeof profileStrings
  | keyof typeof historyStrings
  | keyof typeof problemMessages;

/** Tables added by a chunk when it loads (the library panel's); looked up after the main one. */
const added: StringTable = {};

/** Adds a table a lazily loaded part of the interface brings with it. */
export function addStrings(table: StringTable): void {
  Object.assign(added, table);
}
export type MessageParams = Record<string, string | number>;

/** Looks up `key` in `lang` and fills its `{param}` slots. */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  const entry = (dictionary as StringTable)[key] ?? added[key];
  // A key of a table not loaded yet shows itself rather than breaking the page.
  const template: string = entry ? entry[lang] : key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
