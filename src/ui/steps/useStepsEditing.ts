import { useMemo } from 'react';
import { moveSymbol, renameActor, updateStep } from '../../model/commands';
import type { SymbolShape } from '../../model/types';
import { useT } from '../../i18n/useT';
import { useEditorStore } from '../../store/useEditor';
import { changeShape, setExitTarget, type ExitTarget } from './stepsEditing';

/** The text columns of a row, as the step fields they edit. */
export type TextField = 'activity' | 'requirements' | 'time' | 'output' | 'notes';

/** A row the "Lanjut ke" list offers. */
export interface StepChoice {
  stepId: string;
  label: string;
}

/** The edits a row makes. The object is stable, so memoized rows do not re-render for it. */
export interface StepsEditing {
  setText(stepId: string, field: TextField, value: string): void;
  setActor(stepId: string, symbolId: string, actorId: string): void;
  setShape(symbolId: string, shape: SymbolShape): void;
  setExit(target: ExitTarget): void;
  renameActor(actorId: string, name: string): void;
  select(stepId: string): void;
  /** The rows to choose from, read when a list opens so it shows the texts as they are now. */
  stepChoices(): StepChoice[];
}

const CHOICE_CHARS = 48;

/** Stable callbacks turning table edits into store commands (one undo step per typing burst). */
export function useStepsEditing(): StepsEditing {
  const store = useEditorStore();
  const t = useT();
  return useMemo(() => {
    const apply = store.getState().apply;
    return {
      setText(stepId, field, value) {
        // A burst of typing in one cell merges into one undo step.
        apply((doc) => updateStep(doc, stepId, { [field]: value }), `steps:${stepId}:${field}`);
      },
      setActor(stepId, symbolId, actorId) {
        apply((doc) => moveSymbol(doc, symbolId, { stepId, actorId }));
      },
      setShape(symbolId, shape) {
        apply((doc) => changeShape(doc, symbolId, shape));
      },
      setExit(target) {
        apply((doc) => setExitTarget(doc, target));
      },
      renameActor(actorId, name) {
        apply((doc) => renameActor(doc, actorId, name), `actor:${actorId}:name`);
      },
      select(stepId) {
        const { selection, setSelection } = store.getState();
        if (
          selection.length === 1 &&
          selection[0]!.kind === 'step' &&
          selection[0]!.id === stepId
        ) {
          return;
        }
        setSelection([{ kind: 'step', id: stepId }]);
      },
      stepChoices() {
        return store.getState().doc.steps.map((step, index) => {
          const text = step.activity.replace(/\s+/g, ' ').trim();
          const short = text.length > CHOICE_CHARS ? `${text.slice(0, CHOICE_CHARS - 1)}…` : text;
          return {
            stepId: step.id,
            label: t('steps.next.step', { number: index + 1, activity: short }),
          };
        });
      },
    };
  }, [store, t]);
}
