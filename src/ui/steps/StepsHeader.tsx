import { memo } from 'react';
import { useT } from '../../i18n/useT';
import type { ColumnLabels } from '../../model/types';

/** The column heads; the text columns carry the sheet's own (editable) labels. */
export const StepsHeader = memo(function StepsHeader({ labels }: { labels: ColumnLabels }) {
  const t = useT();
  return (
    <>
      <colgroup>
        <col className="steps-col-number" />
        <col className="steps-col-activity" />
        <col className="steps-col-actor" />
        <col className="steps-col-shape" />
        <col className="steps-col-requirements" />
        <col className="steps-col-time" />
        <col className="steps-col-output" />
        <col className="steps-col-notes" />
        <col className="steps-col-next" />
        <col className="steps-col-menu" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('steps.col.number')}</th>
          <th scope="col">{labels.activity}</th>
          <th scope="col">{t('steps.col.actor')}</th>
          <th scope="col">{t('steps.col.shape')}</th>
          <th scope="col">{labels.requirements}</th>
          <th scope="col">{labels.time}</th>
          <th scope="col">{labels.output}</th>
          <th scope="col">{labels.notes}</th>
          <th scope="col">{t('steps.col.next')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('steps.col.menu')}</span>
          </th>
        </tr>
      </thead>
    </>
  );
});
