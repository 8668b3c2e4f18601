import type { StringTable } from '../table';

/** The diagram canvas, its palette, lane headers, shortcuts help and the inspector. */
export const diagramStrings = {
  'diagram.canvas': { id: 'Diagram alir', en: 'Flow diagram' },
  'diagram.minimap.hide': { id: 'Sembunyikan peta kecil', en: 'Hide the overview map' },
  'diagram.minimap.show': { id: 'Tampilkan peta kecil', en: 'Show the overview map' },
  'diagram.error': {
    id: 'Diagram tidak dapat disusun: {message}',
    en: 'The diagram could not be laid out: {message}',
  },
  'diagram.canvas.describe': {
    id: 'Klik untuk memilih; Delete menghapus yang dipilih; ? menampilkan pintasan papan ketik.',
    en: 'Click to select; Delete removes the selection; ? shows the keyboard shortcuts.',
  },
  'diagram.canvas.controls': { id: 'Kontrol tampilan', en: 'View controls' },
  'diagram.canvas.zoomIn': { id: 'Perbesar', en: 'Zoom in' },
  'diagram.canvas.zoomOut': { id: 'Perkecil', en: 'Zoom out' },
  'diagram.canvas.minimap': { id: 'Peta mini', en: 'Minimap' },
  'diagram.connect.missed': {
    id: 'Panah belum dibuat: lepaskan di atas simbol tujuan.',
    en: 'No arrow made: let go over the symbol it should point to.',
  },
  'diagram.connect.self': {
    id: 'Panah belum dibuat: simbol tidak dapat menunjuk dirinya sendiri.',
    en: 'No arrow made: a symbol cannot point to itself.',
  },
  'diagram.connect.duplicate': {
    id: 'Panah belum dibuat: sudah ada panah ke simbol itu.',
    en: 'No arrow made: there is already an arrow to that symbol.',
  },
  'diagram.flow.name': {
    id: 'Panah dari langkah {from} ke langkah {to}',
    en: 'Arrow from step {from} to step {to}',
  },
  'diagram.flow.nameLabelled': {
    id: 'Panah "{label}" dari langkah {from} ke langkah {to}',
    en: 'Arrow "{label}" from step {from} to step {to}',
  },
  'diagram.palette': { id: 'Simbol', en: 'Symbols' },
  'diagram.palette.hint': {
    id: 'Seret ke sel (langkah × pelaksana) atau di bawah baris terakhir untuk langkah baru; klik untuk menambah langkah di bawah pilihan',
    en: 'Drag onto a cell (step × actor) or below the last row for a new step; click to add a step below the selection',
  },
  'diagram.addActor': { id: '+ Pelaksana', en: '+ Actor' },
  'diagram.fit': { id: 'Lihat semua', en: 'Fit all' },
  'diagram.helpButton': { id: 'Pintasan (?)', en: 'Shortcuts (?)' },
  'diagram.row.hint': {
    id: 'Seret untuk memindah langkah; klik dua kali untuk menyunting kegiatan',
    en: 'Drag to move the step; double-click to edit the activity',
  },
  'diagram.row.editActivity': { id: 'Kegiatan', en: 'Activity' },
  'diagram.flow.editLabel': { id: 'Label panah', en: 'Arrow label' },
  'diagram.lane.hint': {
    id: 'Klik dua kali untuk mengganti nama; seret untuk memindah kolom',
    en: 'Double-click to rename; drag to move the column',
  },
  'diagram.lane.rename': { id: 'Nama pelaksana', en: 'Actor name' },
  'diagram.lane.delete': { id: 'Hapus pelaksana {name}', en: 'Delete actor {name}' },
  'diagram.lane.deleteTitle': { id: 'Hapus pelaksana "{name}"?', en: 'Delete actor "{name}"?' },
  'diagram.lane.deleteEmpty': {
    id: 'Kolom ini tidak memiliki simbol.',
    en: 'This column has no symbols.',
  },
  'diagram.lane.deleteCount': {
    id: 'Kolom ini memiliki {count} simbol.',
    en: 'This column has {count} symbol(s).',
  },
  'diagram.lane.moveTo': {
    id: 'Pindahkan {count} simbol ke {name}',
    en: 'Move {count} symbol(s) to {name}',
  },
  'diagram.lane.removeSymbols': {
    id: 'Hapus juga {count} simbol beserta panahnya',
    en: 'Also delete {count} symbol(s) and their arrows',
  },
  'diagram.lane.deleteConfirm': { id: 'Hapus', en: 'Delete' },
  'diagram.connectPrompt': {
    id: 'Hubungkan ke langkah No: {digits}_ (Enter untuk menghubungkan, Esc untuk batal)',
    en: 'Connect to step No: {digits}_ (Enter to connect, Esc to cancel)',
  },
  'diagram.png.busy': { id: 'Membuat PNG…', en: 'Making the PNG…' },

  'inspector.title': { id: 'Panel rincian', en: 'Inspector' },
  'inspector.empty': {
    id: 'Pilih langkah, simbol atau panah untuk melihat rinciannya.',
    en: 'Select a step, symbol or arrow to see its details.',
  },
  'inspector.many': { id: '{count} item dipilih', en: '{count} items selected' },
  'inspector.step': { id: 'Langkah {n}', en: 'Step {n}' },
  'inspector.shape': { id: 'Bentuk simbol', en: 'Symbol shape' },
  'inspector.actor': { id: 'Pelaksana', en: 'Actor' },
  'inspector.flow': { id: 'Panah', en: 'Arrow' },
  'inspector.flow.label': { id: 'Label', en: 'Label' },
  'inspector.flow.from': { id: 'Dari', en: 'From' },
  'inspector.flow.to': { id: 'Ke', en: 'To' },
  'inspector.flow.delete': { id: 'Hapus panah', en: 'Delete arrow' },
  'inspector.symbolOption': { id: '{n}. {shape} — {actor}', en: '{n}. {shape} — {actor}' },
  'inspector.pageBreak': {
    id: 'Mulai halaman baru di langkah ini',
    en: 'Start a new page at this step',
  },
} as const satisfies StringTable;
