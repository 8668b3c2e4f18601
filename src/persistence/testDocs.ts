import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SHEET } from '../model/defaults';
import { LIMITS } from '../model/limits';
import type { SopDocument, Step } from '../model/types';
import { toEnvelope } from './sopFile';

/** Shared test helpers: the fixture files and a small valid envelope to break. */

const FIXTURE_DIR = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));

/** Every `*.sop.json` fixture as [name, text]. */
export function fixtureTexts(): [string, string][] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.sop.json'))
    .sort()
    .map((name) => [name, readFileSync(FIXTURE_DIR + name, 'utf8')]);
}

/** A small valid envelope as plain JSON data (two actors, three steps, a decision). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break it field by field
export function validEnvelope(): any {
  return {
    format: 'sop-ap',
    version: 1,
    sop: {
      identity: {
        organization: ['BADAN PUSAT STATISTIK', 'PROVINSI CONTOH'],
        unit: 'TIM BAGIAN UMUM',
        logo: null,
        number: 'SOP-007/1000/2025',
        createdDate: '2025-06-02',
        revisionDate: null,
        effectiveDate: '2025-06-02',
        approver: { title: 'Kepala Bagian Umum', name: 'Dra. Siti Aminah, M.Si.', nip: '1970' },
        name: 'Pengelolaan Surat Masuk',
        legalBasis: ['Permen PAN-RB 35/2012'],
        qualifications: [],
        relatedSops: [],
        equipment: ['Komputer'],
        warnings: [],
        records: [],
      },
      actors: [
        { id: 'a1', name: 'Staf TU' },
        { id: 'a2', name: 'Kasubbag Umum' },
      ],
      steps: [
        {
          id: 's1',
          activity: 'Menerima surat',
          requirements: 'Surat',
          time: '10 menit',
          output: 'Surat tercatat',
          notes: '',
          symbols: [{ id: 'n1', shape: 'terminator', actor: 'a1' }],
        },
        {
          id: 's2',
          activity: 'Memeriksa surat',
          requirements: '',
          time: '5 menit',
          output: '',
          notes: '',
          symbols: [{ id: 'n2', shape: 'decision', actor: 'a2' }],
        },
        {
          id: 's3',
          activity: 'Selesai',
          requirements: '',
          time: '',
          output: '',
          notes: '',
          symbols: [{ id: 'n3', shape: 'terminator', actor: 'a1' }],
        },
      ],
      flows: [
        { id: 'f1', from: 'n1', to: 'n2', label: '' },
        { id: 'f2', from: 'n2', to: 'n3', label: 'Ya' },
        { id: 'f3', from: 'n2', to: 'n1', label: 'Tidak' },
      ],
    },
  };
}

export { jpegHeader, pngHeader } from '../model/testPictures';

/** A logo data URL holding `bytes`. */
export function logoUrl(type: 'png' | 'jpeg', bytes: Uint8Array): string {
  return `data:image/${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/**
 * A valid document of 2,000 steps whose envelope, as compact JSON, is `bytes` long
 * (give or take a few): the step activities are padded to reach it. Pretty-printed,
 * the 2,000 steps add about 300 KiB of indentation.
 */
export function bulkyDocument(bytes: number): SopDocument {
  const base = validEnvelope().sop;
  const steps = (activity: string): Step[] =>
    Array.from({ length: LIMITS.steps }, (_, i) => ({
      id: `x${i}`,
      activity,
      requirements: '',
      time: '',
      output: '',
      notes: '',
      symbols: [{ id: `y${i}`, shape: 'process', actor: 'a1' }],
    }));
  const build = (activity: string): SopDocument => ({
    ...base,
    steps: steps(activity),
    flows: [],
    sheet: { ...DEFAULT_SHEET, labels: { ...DEFAULT_SHEET.labels } },
  });
  const empty = JSON.stringify(toEnvelope(build(''))).length;
  const pad = Math.floor((bytes - empty) / LIMITS.steps);
  const doc = build('a'.repeat(pad));
  // The last step takes the remainder, so the size is exact.
  const rest = bytes - JSON.stringify(toEnvelope(doc)).length;
  (doc.steps[0] as Step).activity += 'b'.repeat(Math.max(0, rest));
  return doc;
}
