/** Interface languages: Bahasa Indonesia first, English second. */
export type Language = 'id' | 'en';
export const LANGUAGES: readonly Language[] = ['id', 'en'];

/**
 * A table of interface strings, each key carrying both languages side by side so
 * a missing translation is a type error. `{name}` marks a parameter.
 */
export type StringTable = Record<string, { id: string; en: string }>;
