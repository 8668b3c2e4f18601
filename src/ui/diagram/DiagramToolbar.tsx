import { useT } from '../../i18n/useT';
import type { DiagramGeometry } from '../../layout/diagram';
import { appendActor } from '../../model/commands';
import { SYMBOL_SHAPES, type SymbolShape } from '../../model/types';
import { useEditorStore } from '../../store/useEditor';
import { useDiagramUiStore } from './diagramUiStore';
import { addNextStep } from './keyboardCommands';
import { PaletteShape } from './PaletteShape';
import { usePaletteDrag } from './usePaletteDrag';
import { ViewButtons } from './ViewButtons';
import { SHAPE_LABEL } from '../common/shapeLabel';

/** The palette (drag a shape onto the canvas, or click it), add-actor, view and help buttons. */
export function DiagramToolbar({ geometry }: { geometry: DiagramGeometry }) {
  const t = useT();
  const store = useEditorStore();
  const ui = useDiagramUiStore();
  const { drag, start } = usePaletteDrag(geometry);

  const addBelowSelection = (shape: SymbolShape) => {
    const { doc, selection, apply, setSelection } = store.getState();
    const result = addNextStep(doc, selection, shape);
    if (!result) return;
    apply(() => result.doc);
    setSelection(result.select);
  };
  const onAddActor = () => {
    const { apply, setSelection } = store.getState();
    let created: string | null = null;
    apply((doc) => {
      const result = appendActor(doc, (n) => t('common.newActorName', { n }));
      created = result?.actorId ?? null;
      return result?.doc ?? doc;
    });
    if (created !== null) {
      setSelection([{ kind: 'actor', id: created }]);
      ui.getState().setEditing({ kind: 'actor', actorId: created });
    }
  };

  return (
    <div className="diagram-toolbar" role="toolbar" aria-label={t('diagram.palette')}>
      <span className="diagram-toolbar-label">{t('diagram.palette')}</span>
      {SYMBOL_SHAPES.map((shape) => (
        <button
          key={shape}
          type="button"
          className="palette-item"
          data-testid={`palette-${shape}`}
          title={t('diagram.palette.hint')}
          onPointerDown={(e) => start(shape, e)}
          onClick={() => addBelowSelection(shape)}
        >
          <PaletteShape shape={shape} />
          {t(SHAPE_LABEL[shape])}
        </button>
      ))}
      <span className="diagram-toolbar-gap" />
      <button type="button" data-testid="add-actor" onClick={onAddActor}>
        {t('diagram.addActor')}
      </button>
      <ViewButtons />
      <button
        type="button"
        data-testid="diagram-help"
        onClick={() => ui.getState().setHelpOpen(!ui.getState().helpOpen)}
      >
        {t('diagram.helpButton')}
      </button>
      {drag && (
        <div className="palette-ghost" style={{ left: drag.x, top: drag.y }} aria-hidden="true">
          <PaletteShape shape={drag.shape} width={56} height={32} />
        </div>
      )}
    </div>
  );
}
