import { useEditor } from '../../store/useEditor';
import { DiagramView } from '../diagram/DiagramView';
import { Suspense } from 'react';
import { useT } from '../../i18n/useT';
import { IdentityView, SheetViewConnected, StepsView } from './lazyViews';

/** The view chosen in the tabs (all but the diagram come in their own chunk). */
export function MainView() {
  const t = useT();
  return (
    <Suspense
      fallback={
        <p className="view-loading" role="status">
          {t('shell.view.loading')}
        </p>
      }
    >
      <ChosenView />
    </Suspense>
  );
}

function ChosenView() {
  const view = useEditor((s) => s.view);
  switch (view) {
    case 'diagram':
      return <DiagramView />;
    case 'steps':
      return <StepsView />;
    case 'identity':
      return <IdentityView />;
    case 'sheet':
      return <SheetViewConnected />;
  }
}
