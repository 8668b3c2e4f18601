import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { TableSvg } from './TableSvg';
import type { TableNode } from './toFlowElements';

/** The flowchart table behind the symbols. */
function TableNodeViewImpl({ data }: NodeProps<TableNode>) {
  return <TableSvg geometry={data.geometry} />;
}

/** Re-drawn only when the geometry changes, not when React Flow re-renders the node. */
export const TableNodeView = memo(TableNodeViewImpl, (a, b) => a.data.geometry === b.data.geometry);
