import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useDiagramUi } from './diagramUiStore';
import { TablePicture } from './TablePicture';
import { TableSvg } from './TableSvg';
import type { TableNode } from './toFlowElements';

/** The flowchart table behind the symbols; a single picture of it while a PNG is taken. */
function TableNodeViewImpl({ data }: NodeProps<TableNode>) {
  const exporting = useDiagramUi((s) => s.exporting);
  return exporting ? (
    <TablePicture geometry={data.geometry} />
  ) : (
    <TableSvg geometry={data.geometry} />
  );
}

/** Re-drawn only when the geometry changes, not when React Flow re-renders the node. */
export const TableNodeView = memo(TableNodeViewImpl, (a, b) => a.data.geometry === b.data.geometry);
