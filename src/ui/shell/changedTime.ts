import { isoDate } from '../../store/editorEnv';

/** "10:42", local time, 24-hour (the same in both interface languages). */
export function clockTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** When an SOP was last changed: the time if that was today, else the local date `YYYY-MM-DD`. */
export function changedTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toDateString() === now.toDateString() ? clockTime(iso) : isoDate(date);
}
