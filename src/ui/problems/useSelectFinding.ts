import { useCallback } from 'react';
import type { FindingTarget, IdentityFindingField } from '../../model/rules';
import { IDENTITY_LIST_FIELDS, type IdentityListField } from '../../model/types';
import { useEditorStore } from '../../store/useEditor';

/** The test id of the form field that edits an identity field (lists are sections of items). */
function identityFieldTestId(field: IdentityFindingField): string {
  const isList = (IDENTITY_LIST_FIELDS as readonly string[]).includes(field);
  if (field === 'organization' || isList) return `identity-list-${field as IdentityListField}`;
  return `identity-${field.replace('.', '-')}`;
}

/** Puts the cursor in the element with `testId` once the view showing it is drawn (a section: its first field). */
function focusLater(testId: string): void {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
    const field = element?.matches('input, textarea, select')
      ? element
      : element?.querySelector<HTMLElement>('input, textarea, select');
    (field ?? element)?.focus();
  });
}

/**
 * Selects a finding's culprit. Steps, symbols, arrows and actors are selected in
 * the view that is open (the identity form cannot show them, so the diagram opens
 * instead); an identity field opens the identity form and puts the cursor in it,
 * a column heading the sheet view's options.
 */
export function useSelectFinding(): (target: FindingTarget) => void {
  const store = useEditorStore();
  return useCallback(
    (target) => {
      const { view, setView, setSelection } = store.getState();
      if (target.kind === 'columnLabel') {
        setView('sheet');
        focusLater(`sheet-label-${target.id}`);
        return;
      }
      setSelection([{ kind: target.kind, id: target.id }]);
      if (target.kind === 'identity') {
        setView('identity');
        focusLater(identityFieldTestId(target.id));
      } else if (view === 'identity') {
        setView('diagram');
      }
    },
    [store],
  );
}
