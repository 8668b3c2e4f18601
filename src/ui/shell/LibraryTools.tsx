import { useT } from '../../i18n/useT';
import './libraryBars.css';
import { LIBRARY_SORTS, type LibrarySort } from '../../model/librarySearch';

const SORT_LABEL = {
  changed: 'shell.library.sortChanged',
  name: 'shell.library.sortName',
  number: 'shell.library.sortNumber',
} as const;

interface Props {
  query: string;
  onQuery(query: string): void;
  sort: LibrarySort;
  onSort(sort: LibrarySort): void;
  units: readonly string[];
  unit: string | null;
  onUnit(unit: string | null): void;
}

/** Search, order and unit filter over the library list. */
export function LibraryTools({ query, onQuery, sort, onSort, units, unit, onUnit }: Props) {
  const t = useT();
  return (
    <div className="library-tools">
      <input
        type="search"
        className="library-search"
        data-testid="library-search"
        aria-label={t('shell.library.search')}
        placeholder={t('shell.library.searchPlaceholder')}
        value={query}
        onChange={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && query !== '') {
            e.stopPropagation();
            onQuery('');
          }
        }}
      />
      <div className="library-tools-row">
        <label>
          <span>{t('shell.library.sort')}</span>
          <select
            data-testid="library-sort"
            value={sort}
            onChange={(e) => onSort(e.currentTarget.value as LibrarySort)}
          >
            {LIBRARY_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(SORT_LABEL[s])}
              </option>
            ))}
          </select>
        </label>
        {units.length > 1 && (
          <label>
            <span>{t('shell.library.unit')}</span>
            <select
              data-testid="library-unit"
              value={unit ?? ''}
              onChange={(e) => onUnit(e.currentTarget.value === '' ? null : e.currentTarget.value)}
            >
              <option value="">{t('shell.library.allUnits')}</option>
              {units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
    </div>
  );
}
