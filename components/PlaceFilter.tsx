/**
 * The library's place controls: filter by province and prefecture (the prefectures of the chosen
 * province), and group the list by region, prefecture or province.
 */
import { useMemo } from 'preact/hooks';
import type { StoredReport } from '../lib/library/db.ts';
import { placesWithCounts, UNRESOLVED_PLACE, type PlaceCount, type PlaceFilter as Filter, type PlaceLevel } from '../lib/library/places.ts';
import { usePanel } from './context.ts';

export type LibraryGrouping = 'region' | PlaceLevel;

export function PlaceFilter({
  reports,
  value,
  onChange,
  grouping,
  onGrouping,
}: {
  reports: StoredReport[];
  value: Filter;
  onChange: (value: Filter) => void;
  grouping: LibraryGrouping;
  onGrouping: (grouping: LibraryGrouping) => void;
}) {
  const { t } = usePanel();
  const provinces = useMemo(() => placesWithCounts(reports, 'province'), [reports]);
  const prefectures = useMemo(() => placesWithCounts(reports, 'prefecture', value.province), [reports, value.province]);
  const groupings: [LibraryGrouping, string][] = [
    ['region', t.groupByRegion],
    ['prefecture', t.groupByPrefecture],
    ['province', t.groupByProvince],
  ];
  return (
    <div class="toolbar">
      <PlaceSelect
        label={t.allProvinces}
        places={provinces}
        value={value.province}
        onChange={(province) => onChange({ province, prefecture: '' })}
      />
      <PlaceSelect
        label={t.allPrefectures}
        places={prefectures}
        value={value.prefecture}
        onChange={(prefecture) => onChange({ ...value, prefecture })}
      />
      <label class="field">
        {t.groupBy}
        <select value={grouping} onChange={(e) => onGrouping((e.target as HTMLSelectElement).value as LibraryGrouping)}>
          {groupings.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function PlaceSelect({
  label,
  places,
  value,
  onChange,
}: {
  label: string;
  places: PlaceCount[];
  value: string;
  onChange: (place: string) => void;
}) {
  const { t } = usePanel();
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      <option value="">{label}</option>
      {places.map((p) =>
        p.place === UNRESOLVED_PLACE ? (
          <option key={p.place} value={p.place}>
            {t.withNote(t.unresolvedOption, p.count)}
          </option>
        ) : (
          <option key={p.place} value={p.place} lang="zh-CN">
            {t.withNote(p.place, p.count)}
          </option>
        ),
      )}
    </select>
  );
}
