import { useEditor } from '../../store/useEditor';
import { IdentityView } from '../views/IdentityView';
import { SheetViewConnected } from '../sheet/SheetViewConnected';
import { StepList } from '../views/StepList';
import { StepsView } from '../steps/StepsView';

/** The view chosen in the tabs. */
export function MainView() {
  const view = useEditor((s) => s.view);
  switch (view) {
    case 'diagram':
      return <StepList view="diagram" />;
    case 'steps':
      return <StepsView />;
    case 'identity':
      return <IdentityView />;
    case 'sheet':
      return <SheetViewConnected />;
  }
}
