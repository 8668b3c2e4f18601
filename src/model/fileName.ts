const MAX_BASE_LENGTH = 150;

/**
 * `parts` (empty ones dropped) joined by '-' and made safe for every file system, then
 * `extension`: "SOP-009/17000/2025" becomes "SOP-009-17000-2025". `fallback` when nothing is left.
 */
export function safeFileName(
  parts: readonly string[],
  extension: string,
  fallback: string,
): string {
  const kept = parts.map(sanitize).filter((p) => p !== '');
  let base = kept.join('-').slice(0, MAX_BASE_LENGTH).trim();
  base = base.replace(/[-. ]+$/, '');
  if (base === '') base = fallback;
  // Windows refuses these device names even with an extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `${fallback}-${base}`;
  return `${base}${extension}`;
}

function sanitize(text: string): string {
  return (
    [...text]
      // Control characters can neither be typed nor shown in a file name.
      .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? '-' : c))
      .join('')
      // Path separators and the characters Windows forbids.
      .replace(/[/\\:*?"<>|]/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/-{2,}/g, '-')
      .trim()
      // A leading dot would hide the file on Unix.
      .replace(/^[.\- ]+/, '')
      .replace(/[. ]+$/, '')
  );
}
