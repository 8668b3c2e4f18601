import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('jsPDF stays out of the first download', () => {
  it('no app module imports jspdf statically (only types, or import())', () => {
    const offenders = sourceFiles(SRC).filter((file) =>
      /^\s*import\s+(?!type\b)[^;]*?from\s+['"]jspdf['"]/m.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer loads it with a dynamic import', () => {
    const renderer = readFileSync(join(SRC, 'export/pdf/renderPdf.ts'), 'utf8');
    expect(renderer).toMatch(/await import\(['"]jspdf['"]\)/);
  });
});
