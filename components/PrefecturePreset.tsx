/**
 * The compare view's preset "every county and district of this prefecture in year Y": a
 * prefecture (of the reports whose place is resolved) and one of its years pick the reports, read
 * from the library's [prefecture+planYear] index.
 */
import { useMemo, useState } from 'preact/hooks';
import type { StoredReport } from '../lib/library/db.ts';
import { countiesOfPrefecture } from '../lib/library/queries.ts';
import { planYearsOf } from '../lib/library/panel-queries.ts';
import { storageProblem } from '../lib/library/errors.ts';
import { usePanel } from './context.ts';
import { YearSelect } from './YearSelect.tsx';

/** A prefecture as a select value: its province too (two provinces may name a prefecture alike). */
const keyOf = (province: string | null, prefecture: string) => JSON.stringify([province, prefecture]);

export function PrefecturePreset({ reports, onPick }: { reports: StoredReport[]; onPick: (reports: StoredReport[]) => void }) {
  const { t, db } = usePanel();
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const counties = useMemo(
    () => reports.filter((r) => r.prefecture !== null && (r.level === 'county' || r.level === 'district')),
    [reports],
  );
  const prefectures = useMemo(() => {
    const counts = new Map<string, { province: string | null; prefecture: string; count: number }>();
    for (const r of counties) {
      const key = keyOf(r.province, r.prefecture!);
      const known = counts.get(key);
      if (known) known.count++;
      else counts.set(key, { province: r.province, prefecture: r.prefecture!, count: 1 });
    }
    return [...counts].sort(([, a], [, b]) => a.prefecture.localeCompare(b.prefecture, 'zh-Hans-CN'));
  }, [counties]);
  const years = useMemo(
    () => (chosen ? planYearsOf(counties.filter((r) => keyOf(r.province, r.prefecture!) === chosen)) : []),
    [counties, chosen],
  );
  const pick = async (year: string) => {
    const [province, prefecture] = JSON.parse(chosen) as [string | null, string];
    try {
      onPick(await countiesOfPrefecture(db, { province, prefecture, planYear: Number(year) }));
      setProblem(null);
    } catch (error) {
      setProblem(t.problem(storageProblem(error)));
    }
  };
  if (prefectures.length === 0) return null;
  return (
    <div class="toolbar" data-testid="prefecture-preset">
      <label class="field">
        {t.presetPrefecture}
        <select value={chosen} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
          <option value="">—</option>
          {prefectures.map(([key, p]) => (
            <option key={key} value={key} lang="zh-CN">
              {t.withNote(p.province ? `${p.prefecture} · ${p.province}` : p.prefecture, p.count)}
            </option>
          ))}
        </select>
      </label>
      {chosen && (
        <label class="field">
          {t.presetPrefectureYear}
          <YearSelect years={years} value="" placeholder="—" onChange={(year) => year && void pick(year)} />
        </label>
      )}
      {problem && (
        <p role="alert" class="error">
          {problem}
        </p>
      )}
    </div>
  );
}
