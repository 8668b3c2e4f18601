import { useCallback } from 'react';
import { setSheetOptions } from '../../model/commands/sheet';
import type { SheetOptions } from '../../model/types';
import { useEditor } from '../../store/useEditor';
import { SheetView } from './SheetView';

/** The sheet view bound to the editor store; each option change is one undo step, label typing one per burst. */
export function SheetViewConnected() {
  const doc = useEditor((s) => s.doc);
  const apply = useEditor((s) => s.apply);
  const onChangeSheet = useCallback(
    (patch: Partial<SheetOptions>) =>
      apply((d) => setSheetOptions(d, patch), `sheet:${Object.keys(patch).sort().join(',')}`),
    [apply],
  );
  return (
    <div className="view-scroll" data-testid="sheet-view">
      <SheetView doc={doc} onChangeSheet={onChangeSheet} />
    </div>
  );
}
