/** Interface languages: Bahasa Indonesia first, English second. */
export type Language = 'id' | 'en';
export const LANGUAGES: readonly Language[] = ['id', 'en'];

/** True for a language the interface speaks (a remembered setting may hold anything). */
export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/**
 * A table of interface strings, each key carrying both languages side by side so
 * a missing translation is a type error. `{name}` marks a parameter.
 */
export type StringTable = Record<string, { id: string; en: string }>;
