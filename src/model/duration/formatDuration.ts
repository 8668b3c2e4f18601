import { translate, type MessageKey } from '../../i18n/dictionary';
import type { Language } from '../../i18n/table';
import { MINUTES_PER_DAY, MINUTES_PER_HOUR } from './workingTime';
import { addStrings } from '../../i18n/dictionary';
import { problemMessages } from '../../i18n/strings/problemMessages';

// The words come with the code that writes durations (the problems panel's).
addStrings(problemMessages);

type Part = 'day' | 'hour' | 'minute';

function part(lang: Language, unit: Part, n: number): string {
  const key: MessageKey = `duration.${unit}.${n === 1 ? 'one' : 'other'}`;
  return translate(lang, key, { n });
}

/**
 * Working minutes as working days, hours and minutes ("2 hari 3 jam", "1 jam 20
 * menit"), rounded to the minute; zero parts are left out. Days are working
 * days of 7.5 hours, so 8 hours is "1 hari 30 menit".
 * @example formatDuration(80, 'id') // "1 jam 20 menit"
 */
export function formatDuration(minutes: number, lang: Language): string {
  if (minutes > 0 && minutes < 1) return translate(lang, 'duration.underMinute');
  const whole = Math.round(minutes);
  const days = Math.floor(whole / MINUTES_PER_DAY);
  const rest = whole - days * MINUTES_PER_DAY;
  const hours = Math.floor(rest / MINUTES_PER_HOUR);
  const mins = Math.round(rest - hours * MINUTES_PER_HOUR);
  const parts: string[] = [];
  if (days > 0) parts.push(part(lang, 'day', days));
  if (hours > 0) parts.push(part(lang, 'hour', hours));
  if (mins > 0 || parts.length === 0) parts.push(part(lang, 'minute', mins));
  return parts.join(' ');
}
