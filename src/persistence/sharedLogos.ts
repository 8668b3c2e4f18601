/**
 * One logo for many SOPs: an agency's SOPs all carry the same logo (up to 256 KiB each in its
 * record), so the browser's database keeps each different logo once, in its `logos` store, and
 * the record holds a mark in its place. The marks are made and resolved where the records are
 * read and written (idbBackend.ts): everything above sees the full record, as before.
 */

/** The identity's logo in a record's JSON text (a key can only be unescaped outside strings). */
const LOGO_FIELD = /"logo":"(data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/=]+)"/;
const MARK_FIELD = /"logo":"alir-logo:([0-9a-z-]+)"/;
const MARK = 'alir-logo:';

/** A name for a logo: its length and a 32-bit FNV-1a hash of it (a clash is checked on write). */
export function logoKey(dataUrl: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < dataUrl.length; i++) {
    hash ^= dataUrl.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${dataUrl.length.toString(36)}-${hash.toString(36)}`;
}

/** The record without its logo (a mark instead), and the logo to keep; null when it has none. */
export function takeLogo(raw: string): {
  raw: string;
  logo: { key: string; dataUrl: string } | null;
} {
  const found = LOGO_FIELD.exec(raw);
  if (!found) return { raw, logo: null };
  const dataUrl = found[1]!;
  const key = logoKey(dataUrl);
  return {
    raw:
      raw.slice(0, found.index) +
      `"logo":"${MARK}${key}"` +
      raw.slice(found.index + found[0].length),
    logo: { key, dataUrl },
  };
}

/** The key of the logo a stored record marks, or null. */
export function markedLogo(raw: string): string | null {
  return MARK_FIELD.exec(raw)?.[1] ?? null;
}

/**
 * The record with its logo back. A logo that is not there (it cannot be, short of a damaged
 * database) becomes no logo: the SOP stays readable rather than being set aside for it.
 */
export function giveLogo(raw: string, dataUrl: string | undefined): string {
  const found = MARK_FIELD.exec(raw);
  if (!found) return raw;
  const value = dataUrl === undefined ? 'null' : `"${dataUrl}"`;
  return raw.slice(0, found.index) + `"logo":${value}` + raw.slice(found.index + found[0].length);
}
