/*
 * Dates as Indonesian offices write them, dd/mm/yyyy, whatever the browser's locale; the
 * file stores them as YYYY-MM-DD.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day, month, year with "/", "-" or "." between (02/06/2025, 2-6-2025, 2.6.2025). */
const DAY_FIRST = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/** The text shown for a stored date: "02/06/2025"; empty for none. */
export function formatDateText(iso: string | null): string {
  const m = iso ? ISO_DATE.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/**
 * What a typed date means: `{ date: 'YYYY-MM-DD' }`, `{ date: null }` for an empty field, or
 * null when the text is not a date of the calendar (31/02/2025, 2025/06, "besok"). A stored
 * YYYY-MM-DD pasted in is read too.
 */
export function parseDateText(text: string): { date: string | null } | null {
  const trimmed = text.trim();
  if (trimmed === '') return { date: null };
  const iso = ISO_DATE.exec(trimmed);
  const parts = iso
    ? { y: +iso[1]!, m: +iso[2]!, d: +iso[3]! }
    : (() => {
        const dm = DAY_FIRST.exec(trimmed);
        return dm ? { y: +dm[3]!, m: +dm[2]!, d: +dm[1]! } : null;
      })();
  if (!parts || parts.y < 1000) return null;
  const day = new Date(Date.UTC(parts.y, parts.m - 1, parts.d));
  if (
    day.getUTCFullYear() !== parts.y ||
    day.getUTCMonth() !== parts.m - 1 ||
    day.getUTCDate() !== parts.d
  )
    return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${parts.y}-${pad(parts.m)}-${pad(parts.d)}` };
}
