import { useEditor } from '../../store/useEditor';
import { DiagramView } from '../diagram/DiagramView';
import { IdentityView } from '../views/IdentityView';
import { SheetViewConnected } from '../sheet/SheetViewConnected';
import { StepsView } from '../steps/StepsView';

/** The view chosen in the tabs. */
export function MainView() {
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
