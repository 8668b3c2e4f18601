import type { MessageKey } from '../../i18n/dictionary';
import type { SymbolShape } from '../../model/types';

/** The interface name of each symbol shape, the same in the palette, table, inspector and canvas. */
export const SHAPE_LABEL = {
  terminator: 'common.shape.terminator',
  process: 'common.shape.process',
  decision: 'common.shape.decision',
} as const satisfies Record<SymbolShape, MessageKey>;
