const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/**
 * Writes a `YYYY-MM-DD` date the Indonesian way ("2 Juni 2025"); null gives "-",
 * and text that is not such a date is returned as written rather than lost.
 */
export function formatIndonesianDate(iso: string | null): string {
  if (iso === null || iso.trim() === '') return '-';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  const dayNumber = Number(day);
  if (monthName === undefined || dayNumber < 1 || dayNumber > 31) return iso;
  return `${dayNumber} ${monthName} ${Number(year)}`;
}
