/**
 * Hostnames as evidence of a region. County and city sites spell their place in pinyin or its
 * initials: www.liulin.gov.cn (柳林县), www.lishi.gov.cn (离石区), mgt.gov.cn (麦盖提县),
 * www.mdx.gov.cn (牟定县, with the 县), www.qxn.gov.cn (黔西南州), and some prefix the
 * prefecture or municipality: www.kmgd.gov.cn (昆明 官渡区), www.cqyz.gov.cn (重庆 渝中区).
 *
 * Two small indexes (full pinyin, initials) are built from the dataset's pinyin on the first
 * hostname looked up; the combinations (with the unit word, behind the prefecture) are tried per
 * label at lookup, which costs less than indexing every combination of 3,800 units.
 */
import { contains, type Division, type Divisions } from './divisions.ts';
import { nameParts } from './names.ts';
import { REGION_LIMITS } from '../limits.ts';

/** Labels that say nothing about a place. */
const GENERIC_LABELS = new Set(['www', 'gov', 'cn', 'com', 'net', 'org', 'edu', 'wap', 'mobile', 'en', 'english']);
const UNIT_PINYIN: [unit: string, pinyin: string][] = [
  ['县', 'xian'],
  ['区', 'qu'],
  ['市', 'shi'],
  ['旗', 'qi'],
  ['州', 'zhou'],
  ['盟', 'meng'],
  ['省', 'sheng'],
  ['地区', 'diqu'],
];

export interface HostHit {
  division: Division;
  /** True when the key is specific enough to name a unit on its own (not a province's two letters: sc, gd). */
  strong: boolean;
}

export class HostHints {
  /** liulin, yuli and weili (尉犁), chongqing. */
  private readonly full = new Map<string, Division[]>();
  /** ll, mgt, qxn; yl and wl. */
  private readonly initials = new Map<string, Division[]>();

  private readonly divisions: Divisions;

  constructor(divisions: Divisions) {
    this.divisions = divisions;
    for (const d of divisions.all) {
      const syllables = d.pinyin === '' ? [] : d.pinyin.split(' ').map((s) => s.split('/'));
      for (const key of combinations(syllables)) push(this.full, key, d);
      for (const key of combinations(syllables.map((readings) => [...new Set(readings.map((r) => r[0]!))]))) push(this.initials, key, d);
    }
  }

  /** The units each label of a hostname points at: www.lishi.gov.cn → [[离石区, 离石市]]. */
  hits(hostname: string): HostHit[][] {
    return labelsOf(hostname)
      .map((label) => this.labelHits(label))
      .filter((hits) => hits.length > 0);
  }

  private labelHits(label: string): HostHit[] {
    const strong = new Set<Division>(this.place(label));
    if (label.length >= REGION_LIMITS.hostMinInitials) for (const d of this.composite(label)) strong.add(d);
    const hits = [...strong].map((division) => ({ division, strong: true }));
    // sc.gov.cn, gd.gov.cn: a province's initials, too short to name anything else on their own.
    if (label.length < REGION_LIMITS.hostMinInitials)
      for (const division of this.initials.get(label) ?? []) if (division.tier === 'province') hits.push({ division, strong: false });
    return hits;
  }

  /** One unit's place: liulin, liulinxian, mgt, mdx (牟定 + 县's x). */
  private place(label: string): Division[] {
    const found = [...(this.full.get(label) ?? [])];
    if (label.length >= REGION_LIMITS.hostMinInitials) found.push(...(this.initials.get(label) ?? []));
    for (const [unit, pinyin] of UNIT_PINYIN) {
      const withUnit = (d: Division) => nameParts(d.name).unit === unit;
      if (label.length > pinyin.length && label.endsWith(pinyin))
        found.push(...(this.full.get(label.slice(0, -pinyin.length)) ?? []).filter(withUnit));
      if (label.length >= REGION_LIMITS.hostMinInitials && label.endsWith(pinyin[0]!))
        found.push(...(this.initials.get(label.slice(0, -1)) ?? []).filter(withUnit));
    }
    return found;
  }

  /** A county-level unit behind its prefecture or municipality: kmgd (昆明 + 官渡), cqyz, kunmingguandu. */
  private composite(label: string): Division[] {
    const found: Division[] = [];
    for (let cut = 2; cut <= label.length - 2; cut++) {
      const parents = this.keyed(label.slice(0, cut)).filter((d) => d.tier !== 'county');
      if (parents.length === 0) continue;
      const rest = label.slice(cut);
      for (const child of [...this.keyed(rest), ...this.place(rest)])
        if (
          child.tier === 'county' &&
          parents.some((p) => contains(p, child) && this.divisions.prefectureOf(child, child.lastSeen)?.code === p.code)
        )
          if (!found.includes(child)) found.push(child);
    }
    return found;
  }

  private keyed(key: string): Division[] {
    return [...(this.full.get(key) ?? []), ...(this.initials.get(key) ?? [])];
  }
}

const built = new WeakMap<Divisions, HostHints>();

/** The hostname keys of a division table, built on the first hostname looked up and kept with it. */
export function hostHintsOf(divisions: Divisions): HostHints {
  let hints = built.get(divisions);
  if (!hints) {
    hints = new HostHints(divisions);
    built.set(divisions, hints);
  }
  return hints;
}

export function labelsOf(hostname: string): string[] {
  return hostname
    .toLowerCase()
    .split('.')
    .filter((l) => l.length > 1 && !GENERIC_LABELS.has(l));
}

/** Every way to read a place, up to a bound (尉犁: weili, yuli). */
function combinations(syllables: string[][]): string[] {
  let combos = [''];
  for (const readings of syllables) combos = combos.flatMap((c) => readings.map((r) => c + r)).slice(0, REGION_LIMITS.hostMaxReadings);
  return combos.filter(Boolean);
}

function push(map: Map<string, Division[]>, key: string, d: Division): void {
  const list = map.get(key);
  if (!list) map.set(key, [d]);
  else if (!list.includes(d)) list.push(d);
}
