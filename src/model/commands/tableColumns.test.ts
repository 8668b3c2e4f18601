import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '../defaults';
import { headerRoles, roleOfHeader, rowNumbers } from './tableColumns';

describe('roleOfHeader', () => {
  // Spellings copied from agencies' SOP tables and from the official layout's headers.
  const table: [string, string][] = [
    ['No', 'no'],
    ['No.', 'no'],
    ['NOMOR', 'no'],
    ['Kegiatan', 'activity'],
    ['Uraian Kegiatan', 'activity'],
    ['URAIAN KEGIATAN', 'activity'],
    ['Aktivitas', 'activity'],
    ['Activity', 'activity'],
    ['Pelaksana', 'actor'],
    ['Penanggung Jawab', 'actor'],
    ['Simbol', 'symbol'],
    ['Persyaratan/Kelengkapan', 'requirements'],
    ['Kelengkapan', 'requirements'],
    ['Input', 'requirements'],
    ['Mutu Baku Kelengkapan', 'requirements'],
    ['Waktu', 'time'],
    ['Durasi', 'time'],
    ['Output', 'output'],
    ['Keluaran', 'output'],
    ['Keterangan', 'notes'],
    ['Ket.', 'notes'],
    ['Lanjut ke', 'next'],
    ['Lanjut ke No.', 'next'],
    ['Lanjut ke No. (YA)', 'nextYes'],
    ['(TIDAK)', 'nextNo'],
    ['Lanjut ke No. (TIDAK)', 'nextNo'],
    ['Next (Yes)', 'nextYes'],
    ['Next (No)', 'nextNo'],
  ];
  it.each(table)('%s is %s', (cell, role) => {
    expect(roleOfHeader(cell)).toBe(role);
  });

  it('knows the SOP’s own column labels, and no role for other words', () => {
    const labels = { ...DEFAULT_LABELS, requirements: 'Berkas yang Dibawa' };
    expect(roleOfHeader('berkas yang dibawa', labels)).toBe('requirements');
    expect(roleOfHeader('Biaya')).toBeNull();
    expect(roleOfHeader('Menerima berkas permohonan')).toBeNull();
  });
});

describe('headerRoles', () => {
  it('reads a header row in any order; unknown and repeated columns are skipped', () => {
    expect(headerRoles(['Waktu', 'Uraian Kegiatan', 'Biaya', 'Pelaksana', 'Kegiatan'])).toEqual([
      'time',
      'activity',
      'skip',
      'actor',
      'skip',
    ]);
  });

  it('does not take a row of activities for a header', () => {
    expect(headerRoles(['Menerima berkas', 'Staf', 'Proses', 'Berkas', '5 menit'])).toBeNull();
    // A Kegiatan word alone is not enough.
    expect(headerRoles(['Kegiatan', 'Staf', 'x', 'y'])).toBeNull();
  });
});

describe('rowNumbers', () => {
  it('reads the numbers a Lanjut ke cell names', () => {
    expect(rowNumbers('3')).toEqual([3]);
    expect(rowNumbers('3, 5')).toEqual([3, 5]);
    expect(rowNumbers('ke 4 dan 7')).toEqual([4, 7]);
    expect(rowNumbers('-')).toEqual([]);
  });
});
