import type { MessageKey } from '../../i18n/dictionary';

/** The diagram's keyboard shortcuts, as the help panel lists them. */
export const SHORTCUTS: { keys: string; what: MessageKey }[] = [
  { keys: 'Enter / Ctrl+Enter', what: 'diagram.help.next' },
  { keys: 'C, 1…9, Enter', what: 'diagram.help.connect' },
  { keys: '← → ↑ ↓', what: 'diagram.help.select' },
  { keys: 'Alt + ← → ↑ ↓', what: 'diagram.help.move' },
  { keys: 'Alt + Shift + ↑ ↓', what: 'diagram.help.moveStep' },
  { keys: 'F2', what: 'diagram.help.edit' },
  { keys: 'T / P / K', what: 'diagram.help.shape' },
  { keys: 'Delete / Backspace', what: 'diagram.help.delete' },
  { keys: 'Ctrl+C / Ctrl+V', what: 'diagram.help.copy' },
  { keys: 'Ctrl+D', what: 'diagram.help.duplicate' },
  { keys: 'Ctrl+A', what: 'diagram.help.selectAll' },
  { keys: 'Ctrl+Z / Ctrl+Y', what: 'diagram.help.undo' },
  { keys: '?', what: 'diagram.help.toggle' },
];
