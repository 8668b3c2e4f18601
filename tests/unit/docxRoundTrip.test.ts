import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportSopDocx } from '../../src/export/exportSopDocx';
import { exportSopPdf } from '../../src/export/exportSopPdf';
import { loadNodeSheetFonts } from '../../src/export/pdf/nodeFontFiles';
import { parseSopFile } from '../../src/persistence/sopFile';
import { compact, probes, wordsInOrder } from '../../scripts/officeProbes';
import { hasPoppler, pdfInfo, tempDir } from './pdfTools';

/**
 * The Word document as LibreOffice Writer prints it: every identity field, actor, step text
 * and flow label on the paper, on as many pages as Alir's own PDF. Skipped (with a warning)
 * where LibreOffice is not installed: CI keeps to its time budget without it, and
 * `npm run check:office` runs the same round trip by hand, with pages to look at.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { timeout: 30_000 }).status === 0;
if (!hasSoffice)
  console.warn(
    'soffice not found: the Word round trip is skipped (apt-get install libreoffice-writer).',
  );

const FIXTURES = ['sop-009', 'sop-024', 'sop-098', 'sop-314'];

describe.skipIf(!hasSoffice || !hasPoppler)(
  'the Word document printed by LibreOffice Writer',
  () => {
    const dir = tempDir('alir-docx-');
    const profile = tempDir('alir-soffice-profile-');
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    });

    it.each(FIXTURES)(
      '%s: every text on paper, pages as the PDF',
      async (name) => {
        const text = readFileSync(new URL(`../fixtures/${name}.sop.json`, import.meta.url), 'utf8');
        const parsed = parseSopFile(text);
        if (!parsed.ok) throw new Error(`${name} does not parse`);
        const doc = parsed.doc;
        const docx = await exportSopDocx(doc);
        const pdf = await exportSopPdf(doc, loadNodeSheetFonts);
        const input = join(dir, `${name}.docx`);
        writeFileSync(input, docx.bytes);
        execFileSync(
          'soffice',
          [
            `-env:UserInstallation=file://${profile}`,
            '--headless',
            '--norestore',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            input,
          ],
          { timeout: 120_000, stdio: 'ignore' },
        );
        const printed = join(dir, `${name}.pdf`);
        expect(existsSync(printed)).toBe(true);
        expect(Number(pdfInfo(printed)['Pages'])).toBe(pdf.pageCount);
        const texts = ['-layout', '-raw'].map((mode) =>
          execFileSync('pdftotext', [mode, printed, '-'], { encoding: 'utf8' }),
        );
        const missing = probes(doc).filter(
          (p) =>
            !texts.some((t) => compact(t).includes(compact(p.text))) &&
            !texts.some((t) => wordsInOrder(p.text, t)),
        );
        expect(missing).toEqual([]);
      },
      180_000,
    );
  },
);
