import { describe, expect, it } from 'vitest';
import { jsPDF } from 'jspdf';
import { charWidth, sheetMeasurer } from '../../src/layout/text/measure';

// jsPDF stores the standard-font metrics cut down to 10 units per em (667 -> 660),
// while a PDF viewer sets the text with the real AFM widths that our table
// carries: each character may be up to 9/1000 em wider here, whole sentences
// about 1 %. jsPDF's string width also subtracts kerning pairs, which its text()
// never writes into the PDF, so sentences are compared character by character.
const SENTENCES = [
  'Menerima berkas permohonan dan memeriksa kelengkapan dokumen persyaratan',
  'Kepala Sub Bagian Tata Usaha menyetujui surat keluar, lalu meneruskannya.',
  'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil',
  'SURAT KEPUTUSAN (SK) DITANDATANGANI OLEH KEPALA BADAN; "ARSIP" 100%',
];

function jsPdfWidth(pdf: jsPDF, text: string, fontSize: number, bold: boolean): number {
  pdf.setFont('helvetica', bold ? 'bold' : 'normal');
  let units = 0;
  for (const char of text) units += pdf.getStringUnitWidth(char);
  return units * fontSize;
}

describe('sheetMeasurer against jsPDF', () => {
  const pdf = new jsPDF({ unit: 'pt' });

  for (const bold of [false, true]) {
    it(`every printable ASCII character is within rounding of jsPDF (${bold ? 'bold' : 'regular'})`, () => {
      for (let code = 32; code <= 126; code++) {
        const char = String.fromCharCode(code);
        const theirs = jsPdfWidth(pdf, char, 1000, bold);
        const diff = charWidth(char, bold) - theirs;
        expect(diff, char).toBeGreaterThanOrEqual(-5);
        expect(diff, char).toBeLessThanOrEqual(9);
      }
    });

    it(`Indonesian sentences measure alike (${bold ? 'bold' : 'regular'})`, () => {
      for (const text of SENTENCES) {
        const theirs = jsPdfWidth(pdf, text, 9, bold);
        const ours = sheetMeasurer.width(text, 9, bold);
        expect(Math.abs(ours / theirs - 1), text).toBeLessThan(0.015);
      }
    });
  }
});
