/** "10:42", local time, 24-hour (the same in both interface languages). */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "02/06/2025", the local date as Indonesian offices write it, whatever the browser's locale. */
export function localDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** When an SOP was last changed, to the minute: "02/06/2025 09:05", local time. */
export function changedTime(iso: string): string {
  const day = localDate(iso);
  return day === '' ? '' : `${day} ${clockTime(iso)}`;
}
