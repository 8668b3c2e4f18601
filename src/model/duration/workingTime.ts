/**
 * The working-time convention every duration is counted in. Waktu in an SOP is
 * working time: "3 hari kerja" means three office days, not 72 hours. Civil
 * servants work 37.5 hours over a five-day week, hence:
 *   1 hari (day)     = 7.5 jam   = 450 menit
 *   1 minggu (week)  = 5 hari kerja
 *   1 bulan (month)  = 22 hari kerja
 *   1 tahun (year)   = 12 bulan
 * "Hari" and "hari kerja" are the same unit (agencies write both for office days).
 * "N x 24 jam" is the customary way of saying "within N days", so it reads as N
 * working days; a plain "24 jam" stays 24 hours. The UI help text says the same.
 */
export const MINUTES_PER_HOUR = 60;
export const HOURS_PER_DAY = 7.5;
export const DAYS_PER_WEEK = 5;
export const DAYS_PER_MONTH = 22;
export const MONTHS_PER_YEAR = 12;

export const MINUTES_PER_DAY = HOURS_PER_DAY * MINUTES_PER_HOUR;

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Minutes in one of each unit, under the convention above. */
export const UNIT_MINUTES: Record<TimeUnit, number> = {
  second: 1 / 60,
  minute: 1,
  hour: MINUTES_PER_HOUR,
  day: MINUTES_PER_DAY,
  week: DAYS_PER_WEEK * MINUTES_PER_DAY,
  month: DAYS_PER_MONTH * MINUTES_PER_DAY,
  year: MONTHS_PER_YEAR * DAYS_PER_MONTH * MINUTES_PER_DAY,
};

/** A span of working time in minutes, from the quickest case to the slowest. */
export interface DurationRange {
  min: number;
  max: number;
}
