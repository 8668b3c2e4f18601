import { describe, expect, it } from 'vitest';
import type { SopDocument } from '../types';
import { LIMITS } from '../limits';
import { insertStepsFromRows, shapeFromWord } from './paste';
import { parseTabularText } from './tabular';
import { assertWellFormed, runResult, smallDoc } from './testSupport';

const FIVE_ROWS = [
  'Menerima berkas\tstaf\tMulai\tBerkas\t5 menit\tBerkas diterima\t',
  'Memeriksa berkas\tKasubbag\tKeputusan\tBerkas\t10 menit\tBerkas diperiksa\t',
  'Menandatangani\tKepala Bagian\tProses\tDraf\t1 hari\tSurat ditandatangani\tPaling lambat Jumat',
  'Mengirim surat\tStaf\t\tSurat\t15 menit\tSurat terkirim',
  'Selesai\t\tEnd',
].join('\r\n');

describe('insertStepsFromRows', () => {
  it('pastes five rows from a spreadsheet, and undoes it', () => {
    const before = smallDoc();
    const r = runResult(before, (doc) => insertStepsFromRows(doc, parseTabularText(FIVE_ROWS)));
    const added = r.doc.steps.slice(3);
    expect(added.map((s) => s.id)).toEqual(r.stepIds);
    expect(added.map((s) => s.activity)).toEqual([
      'Menerima berkas',
      'Memeriksa berkas',
      'Menandatangani',
      'Mengirim surat',
      'Selesai',
    ]);
    expect(added.map((s) => s.symbols[0]!.shape)).toEqual([
      'terminator',
      'decision',
      'process',
      'process',
      'terminator',
    ]);
    // "staf" is the existing Staf; "Kepala Bagian" is new; an empty Pelaksana keeps the row above's.
    const actorName = (id: string) => r.doc.actors.find((a) => a.id === id)!.name;
    expect(added.map((s) => actorName(s.symbols[0]!.actor))).toEqual([
      'Staf',
      'Kasubbag',
      'Kepala Bagian',
      'Staf',
      'Staf',
    ]);
    expect(r.doc.actors).toHaveLength(3);
    expect(added[2]).toMatchObject({
      requirements: 'Draf',
      time: '1 hari',
      output: 'Surat ditandatangani',
      notes: 'Paling lambat Jumat',
    });
    // One arrow into each new row from the row above; the decision's exit is labelled Ya.
    const newFlows = r.doc.flows.slice(before.flows.length);
    const chain = ['n3', ...added.map((s) => s.symbols[0]!.id)];
    expect(newFlows.map((f) => [f.from, f.to])).toEqual(
      chain.slice(1).map((to, i) => [chain[i], to]),
    );
    expect(newFlows.map((f) => f.label)).toEqual(['', '', 'Ya', '', '']);
  });

  it('inserts below a given row and skips a header row and the No column', () => {
    const text = 'No\tKegiatan\tPelaksana\n1\tSatu\tStaf\n2\tDua\tStaf\n';
    const r = runResult(smallDoc(), (doc) =>
      insertStepsFromRows(doc, parseTabularText(text), 's1'),
    );
    expect(r.doc.steps.map((s) => s.activity)).toEqual([
      'Mulai',
      'Satu',
      'Dua',
      'Periksa',
      'Catat',
    ]);
  });

  it('recognises a No column without a header, but not a single column of numbers', () => {
    const numbered = insertStepsFromRows(smallDoc(), [
      ['1', 'Satu'],
      ['2.', 'Dua'],
    ])!;
    expect(numbered.doc.steps.slice(3).map((s) => s.activity)).toEqual(['Satu', 'Dua']);
    const plain = insertStepsFromRows(smallDoc(), [['1'], ['2']])!;
    expect(plain.doc.steps.slice(3).map((s) => s.activity)).toEqual(['1', '2']);
  });

  it('gives the second exit of a decision above the paste the label Tidak', () => {
    const r = insertStepsFromRows(smallDoc(), [['Kembalikan']], 's2')!;
    expect(r.doc.flows.at(-1)).toMatchObject({ from: 'n2', label: 'Tidak' });
    assertWellFormed(r.doc);
  });

  it('refuses nothing to paste or an unknown row; keeps what fits of too many rows', () => {
    const doc = smallDoc();
    expect(insertStepsFromRows(doc, [['', ' '], []])).toBeNull();
    expect(insertStepsFromRows(doc, [['x']], 'nope')).toBeNull();
    const rows = Array.from({ length: LIMITS.steps - 2 }, (_, i) => [`${i}`, 'Staf']);
    const r = insertStepsFromRows(doc, rows)!;
    expect(r.doc.steps).toHaveLength(LIMITS.steps);
    expect(r.notAdded).toBe(1);
  });
});

describe('shapeFromWord', () => {
  it('reads Indonesian and English words, process by default', () => {
    expect(['Terminator', 'mulai', 'Selesai', 'Start', 'end'].map(shapeFromWord)).toEqual(
      Array(5).fill('terminator'),
    );
    expect(['Keputusan', 'decision', 'Percabangan'].map(shapeFromWord)).toEqual(
      Array(3).fill('decision'),
    );
    expect(['Proses', 'process', '', 'lainnya'].map(shapeFromWord)).toEqual(
      Array(4).fill('process'),
    );
  });
});

describe('insertStepsFromRows with a header row', () => {
  const names = (doc: SopDocument, ids: string[]) => doc.steps.filter((s) => ids.includes(s.id));

  it('maps the columns by their names, whatever their order (the table a new user pasted)', () => {
    const text = [
      'Kegiatan\tPelaksana\tKelengkapan\tWaktu\tOutput',
      'Menerima surat\tStaf\tSurat Keputusan lama\t5 menit\tSurat diterima',
      'Mencatat surat\tStaf\tBuku agenda\t10 menit\tData awal',
    ].join('\n');
    const r = runResult(smallDoc(), (doc) => insertStepsFromRows(doc, parseTabularText(text)));
    const added = names(r.doc, r.stepIds);
    expect(added.map((s) => [s.activity, s.requirements, s.time, s.output])).toEqual([
      ['Menerima surat', 'Surat Keputusan lama', '5 menit', 'Surat diterima'],
      ['Mencatat surat', 'Buku agenda', '10 menit', 'Data awal'],
    ]);
    // Symbol words are read only from a Simbol column: these are processes.
    expect(added.map((s) => s.symbols[0]!.shape)).toEqual(['process', 'process']);
  });

  it('reads a shuffled header with a No column and Lanjut ke (YA)/(TIDAK) columns as the arrows', () => {
    const text = [
      'Output\tNo.\tUraian Kegiatan\tSimbol\tPelaksana\tLanjut ke No. (YA)\t(TIDAK)\tWaktu',
      'Berkas\t1\tMenerima berkas\tMulai\tStaf\t2\t\t5 menit',
      'Hasil periksa\t2\tMemeriksa kelengkapan\tKeputusan\tKasubbag\t3\t1\t10 menit',
      'Surat\t3\tMenandatangani surat\tProses\tKepala\t4\t\t1 hari',
      '\t4\tSelesai\tSelesai\tStaf\t\t\t',
    ].join('\n');
    const r = runResult(smallDoc(), (doc) =>
      insertStepsFromRows(doc, parseTabularText(text), null),
    );
    const added = names(r.doc, r.stepIds);
    expect(added.map((s) => s.activity)).toEqual([
      'Menerima berkas',
      'Memeriksa kelengkapan',
      'Menandatangani surat',
      'Selesai',
    ]);
    expect(added.map((s) => s.symbols[0]!.shape)).toEqual([
      'terminator',
      'decision',
      'process',
      'terminator',
    ]);
    expect(added.map((s) => [s.time, s.output])).toEqual([
      ['5 menit', 'Berkas'],
      ['10 menit', 'Hasil periksa'],
      ['1 hari', 'Surat'],
      ['', ''],
    ]);
    const rowOf = new Map(added.map((s, i) => [s.symbols[0]!.id, i + 1]));
    const flows = r.doc.flows
      .filter((f) => rowOf.has(f.from))
      .map((f) => `${rowOf.get(f.from)}→${rowOf.get(f.to)}${f.label ? ` ${f.label}` : ''}`);
    expect(flows.sort()).toEqual(['1→2', '2→1 Tidak', '2→3 Ya', '3→4']);
  });

  it('takes a second header row under merged cells (Mutu Baku over its three columns)', () => {
    const text = [
      'No\tKegiatan\tPelaksana\tMutu Baku\t\t\tKeterangan',
      '\t\t\tKelengkapan\tWaktu\tOutput\t',
      '1\tMenerima berkas\tStaf\tFormulir\t5 menit\tBerkas\tLoket 1',
    ].join('\n');
    const r = runResult(smallDoc(), (doc) => insertStepsFromRows(doc, parseTabularText(text)));
    expect(names(r.doc, r.stepIds)).toMatchObject([
      {
        activity: 'Menerima berkas',
        requirements: 'Formulir',
        time: '5 menit',
        output: 'Berkas',
        notes: 'Loket 1',
      },
    ]);
  });
});

describe('shapeFromWord, whole words', () => {
  it('finds no symbol word inside another word', () => {
    expect(['Buku agenda', 'Data awalan', 'Laporan akhiran', 'Tender'].map(shapeFromWord)).toEqual(
      Array(4).fill('process'),
    );
    expect(['Titik awal', 'Keputusan Kepala'].map(shapeFromWord)).toEqual([
      'terminator',
      'decision',
    ]);
  });
});
