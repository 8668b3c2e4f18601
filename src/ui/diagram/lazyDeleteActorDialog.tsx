import { Suspense } from 'react';
import { preloadable } from '../common/preloadable';

/** The question before an actor is deleted is needed only then: its code comes after the first screen. */
const dialog = preloadable(() => import('./DeleteActorDialog').then((m) => m.DeleteActorDialog));

export const preloadDeleteActorDialog = () => dialog.preload();

export function DeleteActorDialog(props: { actorId: string; onClose(): void }) {
  const Dialog = dialog.View;
  return (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  );
}
