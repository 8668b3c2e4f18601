import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/run';
import { tempDir } from './pdfTools';

/*
 * Failures the command line cannot be made to meet for real: a disk that fills up
 * in the middle of a write, and a parser that throws. Both are simulated by
 * replacing one function of a module.
 */

const failures = vi.hoisted(() => ({ diskFullAfter: -1 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    // With diskFullAfter set, a write stores that many bytes and then fails as a full disk would.
    writeFile: async (...args: Parameters<typeof actual.writeFile>) => {
      const [path, data] = args;
      if (failures.diskFullAfter >= 0 && data instanceof Uint8Array) {
        await actual.writeFile(path, data.subarray(0, failures.diskFullAfter));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }
      return actual.writeFile(...args);
    },
  };
});

vi.mock('../../src/persistence/sopFile', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/persistence/sopFile')>();
  return {
    ...actual,
    parseSopFile: (text: string) => {
      if (text.includes('"THROW"')) throw new RangeError('Maximum call stack size exceeded');
      return actual.parseSopFile(text);
    },
  };
});

const fixture = readFileSync(new URL('../fixtures/sop-024.sop.json', import.meta.url), 'utf8');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

beforeEach(() => {
  failures.diskFullAfter = -1;
});

describe('sop render when things fail', () => {
  it('keeps the previous output whole when a write fails half-way', async () => {
    const dir = tempDir('alir-cli-');
    const input = join(dir, 'sop.sop.json');
    writeFileSync(input, fixture);
    const target = join(dir, 'sop.pdf');
    writeFileSync(target, 'the previous PDF');
    failures.diskFullAfter = 100;
    const { err, io } = capture();
    expect(await runCli(['render', input], io)).toBe(1);
    expect(err[0]).toContain('cannot render or write the PDF (ENOSPC');
    expect(readFileSync(target, 'utf8')).toBe('the previous PDF');
    expect(readdirSync(dir).sort()).toEqual(['sop.pdf', 'sop.sop.json']);
  });

  it('reports an exception while reading one file as "cannot be read" and renders the rest', async () => {
    const dir = tempDir('alir-cli-');
    const bad = join(dir, 'aneh.sop.json');
    const good = join(dir, 'baik.sop.json');
    writeFileSync(bad, '{"format":"THROW"}');
    writeFileSync(good, fixture);
    const { err, io } = capture();
    expect(await runCli(['render', bad, good], io)).toBe(1);
    expect(err).toEqual([`${bad}: the file cannot be read`, '1 of 2 file(s) failed.']);
    expect(existsSync(join(dir, 'baik.pdf'))).toBe(true);
  });
});
