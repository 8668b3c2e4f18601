import { commonStrings } from './strings/common';
import { diagramStrings } from './strings/diagram';
import { problemsStrings } from './strings/problems';
import { identityStrings } from './strings/identity';
import { sheetStrings } from './strings/sheet';
import { shellStrings } from './strings/shell';
import { stepsStrings } from './strings/steps';
import type { Language } from './table';

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

export type MessageKey = keyof typeof dictionary;
export type MessageParams = Record<string, string | number>;

/** Looks up `key` in `lang` and fills its `{param}` slots. */
export function translate(lang: Language, key: MessageKey, params?: MessageParams): string {
  const template: string = dictionary[key][lang];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
