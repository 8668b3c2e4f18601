import type { SopDocument } from '../../model/types';

const FALLBACK = 'SOP';
const MAX_BASE_LENGTH = 150;

/**
 * The PDF's file name, `<nomor>-<nama>.pdf`, made safe for every file system:
 * "SOP-009/17000/2025" becomes "SOP-009-17000-2025". Falls back to "SOP.pdf".
 */
export function pdfFileName(doc: SopDocument): string {
  const parts = [doc.identity.number, doc.identity.name].map(sanitize).filter((p) => p !== '');
  let base = parts.join('-').slice(0, MAX_BASE_LENGTH).trim();
  base = base.replace(/[-. ]+$/, '');
  if (base === '') base = FALLBACK;
  // Windows refuses these device names even with an extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `${FALLBACK}-${base}`;
  return `${base}.pdf`;
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
