import { memo } from 'react';
import { useT } from '../../i18n/useT';
import type { ColumnLabels } from '../../model/types';

/** The column heads; the text columns carry the sheet's own (editable) labels. */
export const StepsHeader = memo(function StepsHeader({ labels }: { labels: ColumnLabels }) {
  const t = useT();
  return (
    <>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {t('steps.col.number')}
          </th>
          <th scope="col" role="columnheader">
            {labels.activity}
          </th>
          <th scope="col" role="columnheader">
            {t('steps.col.actor')}
          </th>
          <th scope="col" role="columnheader">
            {t('steps.col.shape')}
          </th>
          <th scope="col" role="columnheader">
            {labels.requirements}
          </th>
          <th scope="col" role="columnheader">
            {labels.time}
          </th>
          <th scope="col" role="columnheader">
            {labels.output}
          </th>
          <th scope="col" role="columnheader">
            {labels.notes}
          </th>
          <th scope="col" role="columnheader">
            {t('steps.col.next')}
          </th>
          <th scope="col" role="columnheader">
            <span className="visually-hidden">{t('steps.col.menu')}</span>
          </th>
        </tr>
      </thead>
    </>
  );
});
