import { memo, type CSSProperties } from 'react';
import { useT } from '../../i18n/useT';
import {
  SYMBOL_SHAPES,
  type Actor,
  type ColumnLabels,
  type Step,
  type SymbolShape,
} from '../../model/types';
import { ExitSelects } from './ExitSelects';
import { TextCell } from './TextCell';
import { WrappedSelect } from './WrappedSelect';
import type { SymbolExits } from './useRowExits';
import type { StepsEditing, TextField } from './useStepsEditing';
import { SHAPE_LABEL } from '../common/shapeLabel';

interface Props {
  step: Step;
  number: number;
  actors: Actor[];
  labels: ColumnLabels;
  exits: SymbolExits[];
  selected: boolean;
  edit: StepsEditing;
  onDelete(stepId: string): void;
  /** Opens the row's menu below the ⋯ button. */
  onMenu(stepId: string, anchor: DOMRect): void;
  /** A dragged row would land just above or below this one. */
  dropMark?: 'before' | 'after' | undefined;
}

/** One row of the steps table. Memoized: typing in one row re-renders only that row. */
export const StepRow = memo(function StepRow(props: Props) {
  const { step, number, actors, labels, exits, selected, edit, onDelete, onMenu } = props;
  const t = useT();
  const actorOptions = actors.map((actor) => ({ value: actor.id, label: actor.name }));
  const shapeOptions = SYMBOL_SHAPES.map((shape) => ({
    value: shape,
    label: t(SHAPE_LABEL[shape]),
  }));
  const cellLabel = (column: string) => t('steps.cell.label', { column, number });
  // Every text cell wraps (a long Waktu such as "1 - 2 hari kerja" stays readable).
  const text = (field: TextField) => (
    <td role="cell" className={`steps-cell steps-cell-${field}`}>
      <TextCell
        stepId={step.id}
        field={field}
        value={step[field]}
        label={cellLabel(labels[field])}
        edit={edit}
      />
    </td>
  );
  return (
    <tr
      role="row"
      className={`steps-row${selected ? ' is-selected' : ''}${step.symbols.length > 1 ? ' steps-row-multi' : ''}${props.dropMark ? ` drop-${props.dropMark}` : ''}`}
      // One grid row per symbol (see .steps-row-multi): each symbol's selects line up.
      style={
        step.symbols.length > 1
          ? ({ '--symbols': step.symbols.length } as CSSProperties)
          : undefined
      }
      data-step-id={step.id}
      aria-selected={selected}
    >
      <th
        scope="row"
        role="rowheader"
        className="steps-number"
        // The number is the row's handle: drag it to another row to move the step there.
        draggable
        title={t('steps.drag.hint')}
        onClick={() => edit.select(step.id)}
      >
        {number}
      </th>
      {text('activity')}
      <td role="cell" className="steps-cell steps-cell-actor">
        {step.symbols.map((symbol) => (
          <WrappedSelect
            key={symbol.id}
            data-col="actor"
            aria-label={cellLabel(t('steps.col.actor'))}
            value={symbol.actor}
            options={actorOptions}
            onValue={(actorId) => edit.setActor(step.id, symbol.id, actorId)}
          />
        ))}
      </td>
      <td role="cell" className="steps-cell steps-cell-shape">
        {step.symbols.map((symbol) => (
          <WrappedSelect
            key={symbol.id}
            className={`steps-shape steps-shape-${symbol.shape}`}
            data-col="shape"
            data-shape={symbol.shape}
            aria-label={cellLabel(t('steps.col.shape'))}
            value={symbol.shape}
            options={shapeOptions}
            onValue={(shape) => edit.setShape(symbol.id, shape as SymbolShape)}
          />
        ))}
      </td>
      {text('requirements')}
      {text('time')}
      {text('output')}
      {text('notes')}
      <td role="cell" className="steps-cell steps-cell-next">
        {exits.map((symbolExits) => (
          <ExitSelects
            key={symbolExits.symbolId}
            stepId={step.id}
            number={number}
            exits={symbolExits}
            edit={edit}
          />
        ))}
      </td>
      <td role="cell" className="steps-cell steps-cell-menu">
        <button
          type="button"
          className="steps-row-menu"
          tabIndex={-1}
          aria-haspopup="menu"
          aria-label={t('steps.menu.label', { number })}
          title={t('steps.menu.label', { number })}
          onClick={(e) => onMenu(step.id, e.currentTarget.getBoundingClientRect())}
        >
          ⋯
        </button>
        <button
          type="button"
          className="steps-delete"
          tabIndex={-1}
          aria-label={t('steps.delete', { number })}
          title={t('steps.delete', { number })}
          onClick={() => onDelete(step.id)}
        >
          ×
        </button>
      </td>
    </tr>
  );
});
