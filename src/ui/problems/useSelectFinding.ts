import { useCallback } from 'react';
import type { FindingTarget } from '../../model/rules';
import { useEditorStore } from '../../store/useEditor';

/**
 * Selects a finding's culprit. Steps, symbols, arrows and actors are selected in
 * the view that is open (the identity form cannot show them, so the diagram opens
 * instead); an identity field opens the identity form and puts the cursor in it.
 */
export function useSelectFinding(): (target: FindingTarget) => void {
  const store = useEditorStore();
  return useCallback(
    (target) => {
      const { view, setView, setSelection } = store.getState();
      setSelection([{ kind: target.kind, id: target.id }]);
      if (target.kind === 'identity') {
        setView('identity');
        // The form's fields carry test ids named after the identity fields.
        const testId = `identity-${target.id.replace('.', '-')}`;
        requestAnimationFrame(() => {
          const field = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
          field?.focus();
        });
      } else if (view === 'identity') {
        setView('diagram');
      }
    },
    [store],
  );
}
