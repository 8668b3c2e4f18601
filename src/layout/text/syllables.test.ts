import { describe, expect, it } from 'vitest';
import { syllables } from './syllables';

describe('syllables (Indonesian)', () => {
  it('splits real words as PUEBI does: V, CV, CVC, with ng/ny/kh/sy as one consonant', () => {
    expect(syllables('Persyaratan')).toEqual(['Per', 'sya', 'ra', 'tan']);
    expect(syllables('Penandatanganan')).toEqual(['Pe', 'nan', 'da', 'ta', 'nga', 'nan']);
    expect(syllables('Kelengkapan')).toEqual(['Ke', 'leng', 'ka', 'pan']);
    expect(syllables('Pelaksana')).toEqual(['Pe', 'lak', 'sa', 'na']);
    expect(syllables('Perlengkapan')).toEqual(['Per', 'leng', 'ka', 'pan']);
    expect(syllables('menyusun')).toEqual(['me', 'nyu', 'sun']);
    expect(syllables('akhir')).toEqual(['akhir']);
  });

  it('keeps diphthongs whole and never leaves one letter alone', () => {
    expect(syllables('sampai')).toEqual(['sam', 'pai']);
    expect(syllables('Waktu')).toEqual(['Wak', 'tu']);
    expect(syllables('ia')).toEqual(['ia']);
  });
});
