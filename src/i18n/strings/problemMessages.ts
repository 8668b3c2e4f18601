import type { StringTable } from '../table';

/**
 * The rule checker's messages (one per finding code, `problems.<code>`), the problems panel
 * and the duration summary; `{step}` is the printed row number. They load with the panel
 * (registered by findingMessage.ts and the panel's modules, dictionary.ts addStrings).
 */
export const problemMessages = {
  'problems.start.missing': {
    id: 'Tidak ada simbol mulai: letakkan terminator tanpa panah masuk di langkah pertama.',
    en: 'No start: put a terminator with no incoming arrow in the first step.',
  },
  'problems.start.multiple': {
    id: 'Langkah {step}: terminator ini menjadi mulai kedua (tidak ada panah masuk); SOP hanya boleh punya satu mulai.',
    en: 'Step {step}: this terminator is a second start (no arrow leads into it); an SOP has exactly one start.',
  },
  'problems.start.not-first-step': {
    id: 'Langkah {step}: simbol mulai harus berada di langkah pertama.',
    en: 'Step {step}: the start must be in the first step.',
  },
  'problems.end.missing': {
    id: 'Tidak ada simbol selesai: akhiri alur dengan terminator tanpa panah keluar.',
    en: 'No end: finish the flow with a terminator that has no outgoing arrow.',
  },
  'problems.terminator.middle': {
    id: 'Langkah {step}: terminator di tengah alur (ada panah masuk dan keluar); gunakan simbol proses.',
    en: 'Step {step}: a terminator in the middle of the flow (arrows in and out); use a process symbol.',
  },
  'problems.decision.too-few-exits': {
    id: 'Langkah {step}: keputusan hanya punya {count} jalan keluar; perlu paling sedikit dua (mis. Ya dan Tidak).',
    en: 'Step {step}: the decision has {count} way(s) out; it needs at least two (e.g. Ya and Tidak).',
  },
  'problems.decision.unlabelled-exit': {
    id: 'Langkah {step}: panah keputusan ke langkah {to} belum berlabel (mis. Ya atau Tidak).',
    en: "Step {step}: the decision's arrow to step {to} has no label (e.g. Ya or Tidak).",
  },
  'problems.decision.duplicate-label': {
    id: 'Langkah {step}: dua jalan keluar keputusan berlabel sama, "{label}".',
    en: 'Step {step}: two ways out of the decision have the same label, "{label}".',
  },
  'problems.process.no-exit': {
    id: 'Langkah {step}: proses tidak punya panah keluar.',
    en: 'Step {step}: the process has no outgoing arrow.',
  },
  'problems.process.unlabelled-exits': {
    id: 'Langkah {step}: proses punya {count} panah keluar tanpa label; beri label atau gunakan simbol keputusan.',
    en: 'Step {step}: the process has {count} unlabelled outgoing arrows; label them or use a decision.',
  },
  'problems.symbol.unreachable': {
    id: 'Langkah {step}: simbol ini tidak dapat dicapai dari mulai.',
    en: 'Step {step}: this symbol cannot be reached from the start.',
  },
  'problems.symbol.dead-end': {
    id: 'Langkah {step}: dari simbol ini tidak ada jalan ke simbol selesai.',
    en: 'Step {step}: no end can be reached from this symbol.',
  },
  'problems.flow.self-loop': {
    id: 'Langkah {step}: panah menunjuk ke simbolnya sendiri.',
    en: 'Step {step}: an arrow points back to its own symbol.',
  },
  'problems.flow.duplicate': {
    id: 'Langkah {step}: ada dua panah dari simbol yang sama ke langkah {to}.',
    en: 'Step {step}: two arrows go from the same symbol to step {to}.',
  },
  'problems.flow.not-routed-cleanly': {
    id: 'Langkah {step}: panah ke langkah {to} tidak dapat ditata dengan rapi; panah digambar sederhana dan bisa melintasi simbol atau panah lain. Kurangi panah di sekitarnya atau jauhkan simbolnya.',
    en: 'Step {step}: the arrow to step {to} could not be routed cleanly; it is drawn as a plain path that may cross symbols or other arrows. Thin out the arrows around it or move the symbols apart.',
  },
  'problems.step.no-activity': {
    id: 'Langkah {step}: kegiatan belum diisi.',
    en: 'Step {step}: no activity text.',
  },
  'problems.step.no-time': {
    id: 'Langkah {step}: Waktu belum diisi.',
    en: 'Step {step}: Waktu (time) is empty.',
  },
  'problems.step.no-output': {
    id: 'Langkah {step}: Output belum diisi.',
    en: 'Step {step}: Output is empty.',
  },
  'problems.actor.unused': {
    id: 'Pelaksana "{actor}" tidak punya simbol.',
    en: 'Actor "{actor}" has no symbols.',
  },
  'problems.identity.no-number': {
    id: 'Identitas: Nomor SOP belum diisi.',
    en: 'Identity: Nomor SOP (SOP number) is empty.',
  },
  'problems.identity.no-name': {
    id: 'Identitas: Nama SOP belum diisi.',
    en: 'Identity: Nama SOP (SOP name) is empty.',
  },
  'problems.identity.no-approver': {
    id: 'Identitas: nama pejabat pada Disahkan oleh belum diisi.',
    en: "Identity: the approver's name (Disahkan oleh) is empty.",
  },
  'problems.identity.no-effective-date': {
    id: 'Identitas: Tanggal Efektif belum diisi.',
    en: 'Identity: Tanggal Efektif (effective date) is empty.',
  },
  'problems.text.unprintable': {
    id: '{where}: karakter {chars} tidak ada pada huruf lembar SOP dan akan tercetak sebagai kotak kosong. Ganti atau hapus karakter itu.',
    en: "{where}: the character(s) {chars} are not in the sheet's fonts and would print as empty boxes. Replace or remove them.",
  },
  'problems.text.hyphenated': {
    id: '{where}: kolom terlalu sempit untuk kata-katanya, sehingga kata dipenggal dengan tanda hubung. {advice}',
    en: '{where}: the column is too narrow for its words, so words are cut with a hyphen. {advice}',
  },
  'problems.advice.portrait': {
    id: 'Gunakan orientasi lanskap, kertas F4 atau Legal, atau persingkat nama pelaksana.',
    en: 'Use landscape orientation, F4 or Legal paper, or shorten the actor names.',
  },
  'problems.advice.paper': {
    id: 'Gunakan kertas F4 atau Legal, atau persingkat nama pelaksana.',
    en: 'Use F4 or Legal paper, or shorten the actor names.',
  },
  'problems.advice.shorten': {
    id: 'Persingkat nama pelaksana atau kata yang panjang, atau kurangi jumlah pelaksana.',
    en: 'Shorten the actor names or the long words, or use fewer actors.',
  },
  'problems.place.step': {
    id: 'Langkah {step}, kolom {column}',
    en: 'Step {step}, column {column}',
  },
  'problems.place.actor': { id: 'Nama pelaksana "{actor}"', en: 'Actor name "{actor}"' },
  'problems.place.flow': {
    id: 'Langkah {step}: label panah ke langkah {to}',
    en: 'Step {step}: the label of the arrow to step {to}',
  },
  'problems.place.identity': { id: 'Identitas, {field}', en: 'Identity, {field}' },
  'problems.place.columnLabel': { id: 'Judul kolom "{column}"', en: 'Column heading "{column}"' },
  'problems.field.organization': { id: 'Nama instansi', en: 'Organization' },
  'problems.none': { id: 'Tidak ada masalah.', en: 'No problems found.' },
  'duration.title': { id: 'Perkiraan waktu', en: 'Estimated time' },
  'duration.range': { id: '{from} – {to}', en: '{from} – {to}' },
  'duration.shortest': { id: 'Jalur tercepat', en: 'Shortest path' },
  'duration.longest': { id: 'Jalur terlama', en: 'Longest path' },
  'duration.noPath': {
    id: 'Belum dapat dihitung: belum ada jalan dari mulai ke selesai.',
    en: 'Cannot be worked out yet: there is no way from the start to an end.',
  },
  'duration.unreadable': {
    id: 'Waktu tidak terbaca (tidak dihitung) di langkah {steps}',
    en: 'Waktu could not be read (not counted) in step(s) {steps}',
  },
  'duration.missing': {
    id: 'Waktu kosong (tidak dihitung) di langkah {steps}',
    en: 'Waktu is empty (not counted) in step(s) {steps}',
  },
  'duration.help': {
    id: 'Dihitung dalam waktu kerja: 1 hari = 7,5 jam (37,5 jam kerja per minggu), 1 minggu = 5 hari kerja, 1 bulan = 22 hari kerja, 1 tahun = 12 bulan; "1x24 jam" dibaca 1 hari kerja. Panah balik (putaran, mis. "Tidak" kembali ke langkah sebelumnya) tidak dihitung ulang.',
    en: 'Counted in working time: 1 day = 7.5 hours (a 37.5-hour working week), 1 week = 5 working days, 1 month = 22 working days, 1 year = 12 months; "1x24 jam" reads as 1 working day. Arrows back (loops, e.g. "Tidak" to an earlier step) are not counted again.',
  },
  'duration.day.one': { id: '{n} hari', en: '{n} day' },
  'duration.day.other': { id: '{n} hari', en: '{n} days' },
  'duration.hour.one': { id: '{n} jam', en: '{n} hour' },
  'duration.hour.other': { id: '{n} jam', en: '{n} hours' },
  'duration.minute.one': { id: '{n} menit', en: '{n} minute' },
  'duration.minute.other': { id: '{n} menit', en: '{n} minutes' },
  'duration.underMinute': { id: '< 1 menit', en: '< 1 minute' },
} as const satisfies StringTable;
