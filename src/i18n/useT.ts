import { createContext, useCallback, useContext } from 'react';
import { translate, type MessageKey, type MessageParams } from './dictionary';
import type { Language } from './table';

/**
 * The interface language. The app shell provides it (from its settings store);
 * without a provider the interface speaks Indonesian, the product's first language.
 */
export const LanguageContext = createContext<Language>('id');

/** A translation function bound to the current language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Returns `t(key, params)` for the language of the nearest `LanguageContext`. */
export function useT(): Translate {
  const lang = useContext(LanguageContext);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
