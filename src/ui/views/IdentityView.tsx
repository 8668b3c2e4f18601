import { useCallback } from 'react';
import { updateIdentity } from '../../model/commands/identity';
import type { Identity } from '../../model/types';
import { useEditor } from '../../store/useEditor';
import { IdentityForm } from '../identity/IdentityForm';

/** The identity form bound to the store; a burst of typing in one field is one undo step. */
export function IdentityView() {
  const identity = useEditor((s) => s.doc.identity);
  const apply = useEditor((s) => s.apply);
  const onChange = useCallback(
    (patch: Partial<Identity>) =>
      apply((doc) => updateIdentity(doc, patch), `identity:${Object.keys(patch).sort().join(',')}`),
    [apply],
  );
  return (
    <div className="view-scroll" data-testid="identity-view">
      <IdentityForm identity={identity} onChange={onChange} />
    </div>
  );
}
