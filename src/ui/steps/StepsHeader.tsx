import { memo } from 'react';
import { useT } from '../../i18n/useT';
import type { ColumnLabels } from '../../model/types';

/** The column heads; the text columns carry the sheet's own (editable) labels. */
export const StepsHeader = memo(function StepsHeader({ labels }: { labels: ColumnLabels }) {
  const t = useT();
  const heads = [
    t('steps.col.number'),
    labels.activity,
    t('steps.col.actor'),
    t('steps.col.shape'),
    labels.requirements,
    labels.time,
    labels.output,
    labels.notes,
    t('steps.col.next'),
  ];
  return (
    <thead role="rowgroup">
      <tr role="row">
        {heads.map((text, i) => (
          <th key={i} scope="col" role="columnheader">
            {text}
          </th>
        ))}
        <th scope="col" role="columnheader">
          <span className="visually-hidden">{t('steps.col.menu')}</span>
        </th>
      </tr>
    </thead>
  );
});
