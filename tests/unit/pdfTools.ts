/** Helpers for tests that read produced PDFs back with poppler's command-line tools. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether pdftotext and pdfinfo can be run here. */
export const hasPoppler = ['pdftotext', 'pdfinfo'].every((tool) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

if (!hasPoppler) {
  console.warn(
    'pdftotext/pdfinfo not found: PDF read-back tests are skipped (apt-get install poppler-utils).',
  );
}

/** A fresh temporary directory for one test's files. */
export function tempDir(prefix = 'alir-pdf-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes the bytes to a temporary file and returns its path. */
export function writeTemp(bytes: Uint8Array, name = 'sheet.pdf'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** The PDF's text with all whitespace collapsed to single spaces. */
export function pdfWords(path: string, options: string[] = []): string {
  if (!existsSync(path)) throw new Error(`no such PDF: ${path}`);
  return normalize(execFileSync('pdftotext', [...options, path, '-'], { encoding: 'utf8' }));
}

/** The fields pdfinfo prints, by name. */
export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) info[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return info;
}

/** Collapses whitespace so text wrapped differently still compares equal. */
export function normalize(text: string): string {
  return text.split(/\s+/).filter(Boolean).join(' ');
}

/** Each word pdftotext finds with its box (`-bbox`), in points from the page's top left. */
export function pdfWordBoxes(
  path: string,
): { word: string; xMin: number; xMax: number; yMin: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const boxes = [];
  const pattern =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(pattern)) {
    const word = m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    boxes.push({ word, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]! });
  }
  return boxes;
}
