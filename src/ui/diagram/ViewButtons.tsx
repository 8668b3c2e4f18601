import { useReactFlow } from '@xyflow/react';
import { useT } from '../../i18n/useT';
import { useEditor } from '../../store/useEditor';

/**
 * Zoom out, zoom in, see the whole table, and the overview map on or off. They sit in the
 * toolbar rather than float over the canvas, where they would cover the sheet's last rows.
 */
export function ViewButtons() {
  const t = useT();
  const flow = useReactFlow();
  const miniMapShown = useEditor((s) => s.miniMap);
  const setMiniMap = useEditor((s) => s.setMiniMap);
  const mapLabel = t(miniMapShown ? 'diagram.minimap.hide' : 'diagram.minimap.show');
  return (
    <span className="diagram-view-buttons" role="group" aria-label={t('diagram.canvas.controls')}>
      <button
        type="button"
        className="icon-button"
        data-testid="diagram-zoom-out"
        aria-label={t('diagram.canvas.zoomOut')}
        title={t('diagram.canvas.zoomOut')}
        onClick={() => void flow.zoomOut()}
      >
        −
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="diagram-zoom-in"
        aria-label={t('diagram.canvas.zoomIn')}
        title={t('diagram.canvas.zoomIn')}
        onClick={() => void flow.zoomIn()}
      >
        +
      </button>
      <button
        type="button"
        data-testid="diagram-fit"
        onClick={() => void flow.fitView({ padding: 0.05 })}
      >
        {t('diagram.fit')}
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="minimap-toggle"
        aria-pressed={miniMapShown}
        aria-label={mapLabel}
        title={mapLabel}
        onClick={() => setMiniMap(!miniMapShown)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <rect x="1.5" y="1.5" width="13" height="13" fill="none" stroke="currentColor" />
          <rect x="8" y="8" width="5" height="5" fill="currentColor" />
        </svg>
      </button>
    </span>
  );
}
