/** Limits of format v1 (file-format.md, "Rules on the way in"). */
export const LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  steps: 2000,
  actors: 50,
  /** Two per step at the step limit: real SOPs have one or two (a decision has two exits). */
  flows: 4000,
  textChars: 20_000,
  logoBytes: 256 * 1024,
} as const;

export const FORMAT_NAME = 'sop-ap';
export const LIBRARY_FORMAT_NAME = 'sop-ap-library';
export const CURRENT_VERSION = 1;
