/**
 * Which unit a report comes from: its own name is looked up (the parser's region name, else the
 * most specific unit of the meeting line, the heading, the speaker's line, the page title, the
 * site's name, else the hostname), then the units carrying that name are told apart by the
 * report's year and by the province or prefecture the other evidence names. Several 鼓楼区 with
 * nothing to tell them apart stay 'ambiguous'; a name no unit carries (青岚县) stays 'unknown'.
 * Nothing is guessed. Pure: the divisions are passed in.
 */
import { type Division, type Divisions, contains, existedAt, levelOf } from './divisions.ts';
import { hostHintsOf } from './host.ts';
import { type Mention, designation, designationsIn, mentionsIn, subjectOf, tierRank } from './mentions.ts';
import type { EvidenceKind, RegionCandidate, RegionEvidence, RegionResolution } from './types.ts';
import { REGION_LIMITS } from '../limits.ts';

/** Line evidence, in the order the report's own name is looked for in them. */
const LINE_KINDS = ['meeting', 'heading', 'speaker', 'title', 'siteName'] as const;
type LineKind = (typeof LINE_KINDS)[number];

/** 第十三届全国人民代表大会; the NPC Standing Committee is national too. */
const NATIONAL_MEETING = /全国人民代表大会/;
const NATIONAL_SPEAKER = /国务院总理/;

/** One kind of evidence: the units each of its names (or hostname labels) can be. */
interface Context {
  kind: EvidenceKind;
  groups: Division[][];
}

/** Mentions of each line, read once and only when needed. */
type LineMentions = (kind: LineKind) => Mention[];

export function resolveRegion({ evidence, divisions }: { evidence: RegionEvidence; divisions: Divisions }): RegionResolution {
  const name = evidence.name?.trim() || null;
  if (evidence.level === 'nation' || name === '全国') return nation('name');
  if (!name && NATIONAL_MEETING.test(evidence.meeting ?? '')) return nation('meeting');
  if (!name && evidence.address === '国务院') return nation('address');

  const read = new Map<LineKind, Mention[]>();
  const lineMentions: LineMentions = (kind) => {
    const known = read.get(kind);
    if (known) return known;
    const mentions = mentionsIn(evidence[kind] ?? '', divisions);
    read.set(kind, mentions);
    return mentions;
  };
  const subject = findSubject({ name, evidence, lineMentions, divisions });
  if (!subject && NATIONAL_SPEAKER.test(evidence.speaker ?? '')) return nation('speaker');
  const hostHits = () => (evidence.hostname ? hostHintsOf(divisions).hits(evidence.hostname) : []);
  // No name anywhere: the hostname alone (www.liulin.gov.cn), by its specific keys only.
  let candidates = subject ? subject.candidates : unique(hostHits().flatMap((hits) => hits.flatMap((h) => (h.strong ? [h.division] : []))));
  const basis: EvidenceKind[] = [subject ? subject.kind : 'hostname'];
  if (candidates.length === 0) return unresolved({ status: 'unknown', candidates: [], basis: subject ? basis : [] });

  const month = monthOf(evidence);
  const atMonth = (list: Division[]) => list.map((d) => candidateOf({ d, month, divisions }));
  if (subject?.enclosing && !candidates.some((d) => subject.enclosing!.some((e) => contains(e, d)))) {
    // 晋中市柳林县: the line places the unit where no unit of that name lies.
    return unresolved({ status: 'unknown', candidates: atMonth(candidates), basis });
  }
  const chosen = evidence.chosenCode ? candidates.filter((d) => d.code === evidence.chosenCode) : [];
  if (chosen.length > 0) {
    candidates = chosen;
    basis.push('choice');
  }
  if (month !== null) {
    const possible = candidates.filter((d) => existedAt(d, month));
    // A name the dataset has nowhere at that date (a unit newer than the data, a misread year): the name still counts.
    if (possible.length > 0 && possible.length < candidates.length) {
      candidates = possible;
      basis.push('year');
    }
  }
  if (distinctCodes(candidates) > 1) {
    const context: Context[] = [
      ...LINE_KINDS.map((kind) => ({ kind, groups: lineMentions(kind).map((m) => m.divisions) })),
      { kind: 'hostname', groups: hostHits().map((hits) => hits.map((h) => h.division)) },
      // A line's other units are context already; the parser's name is no line.
      ...(subject?.kind === 'name' ? [{ kind: 'name' as const, groups: subject.context }] : []),
    ];
    candidates = tellApart({ candidates, context, basis });
  }
  // Without a date, one unit recoded over the years (柳林县: 142327 under 吕梁地区, 141125 since 2004) takes its latest code.
  if (distinctCodes(candidates) > 1 && month === null && isRecoding(candidates)) candidates = [latest(candidates)];
  if (distinctCodes(candidates) > 1) return unresolved({ status: 'ambiguous', candidates: atMonth(candidates), basis });

  // One code left; of its names, the one of the report's time.
  const unit = (month !== null ? candidates.find((d) => existedAt(d, month)) : undefined) ?? latest(candidates);
  const resolved = candidateOf({ d: unit, month, divisions });
  const { code, name: officialName, level, province, prefecture } = resolved;
  return { status: 'resolved', name: officialName, level, province, prefecture, code, candidates: [resolved], basis };
}

/**
 * The candidates the most kinds of evidence place: a kind supports a candidate when it names the
 * candidate, its prefecture or its province (南京市 in 南京市鼓楼区人民政府, njgl in www.njgl.gov.cn).
 * Adds to `basis` the kinds that told candidates apart.
 */
function tellApart({ candidates, context, basis }: { candidates: Division[]; context: Context[]; basis: EvidenceKind[] }): Division[] {
  const places = (group: Division[], d: Division) => group.some((m) => contains(m, d));
  // A name every candidate shares (鼓楼区 in a title about 鼓楼区) tells nothing.
  const telling = context.map(({ kind, groups }) => ({ kind, groups: groups.filter((g) => !candidates.every((d) => places(g, d))) }));
  const scored = candidates.map((d) => ({ d, support: telling.filter((c) => c.groups.some((g) => places(g, d))).map((c) => c.kind) }));
  const best = Math.max(...scored.map((s) => s.support.length));
  const winners = scored.filter((s) => s.support.length === best);
  for (const kind of new Set(winners.flatMap((w) => w.support)))
    if (!basis.includes(kind) && scored.some((s) => !s.support.includes(kind))) basis.push(kind);
  return winners.map((w) => w.d);
}

interface Subject {
  kind: EvidenceKind;
  candidates: Division[];
  /** Other names written with it (徐州市 of 徐州市泉山区), each with the units it can be: context. */
  context: Division[][];
  /** Higher units written right before it (徐州市泉山区): the unit must lie in one of them. */
  enclosing: Division[] | null;
}

/**
 * The report's own name: the parser's, else the first line that names a government or a unit.
 * Once a name is found, later evidence does not replace it: a fictional 河阳县 must not become
 * 合阳县 because a hostname reads heyang.
 */
function findSubject({
  name,
  evidence,
  lineMentions,
  divisions,
}: {
  name: string | null;
  evidence: RegionEvidence;
  lineMentions: LineMentions;
  divisions: Divisions;
}): Subject | null {
  if (name) {
    const exact = divisions.named(name);
    if (exact.length > 0) return { kind: 'name', candidates: exact, context: [], enclosing: null };
    // A name with its prefecture in front (吕梁市离石区), or one no unit carries (青岚县).
    const chain = designation(name, 0, divisions);
    return fromChain('name', chain?.known ? chain.mentions : [], chain?.mentions ?? []);
  }
  for (const kind of LINE_KINDS) {
    const designations = designationsIn(evidence[kind] ?? '', divisions);
    const known = designations.filter((d) => d.known);
    if (known.length > 0) {
      const chain = known.reduce((best, d) => (tierRank(d.mentions.at(-1)!) > tierRank(best.mentions.at(-1)!) ? d : best));
      return fromChain(kind, chain.mentions, chain.mentions);
    }
    // 青岚县第十七届人民代表大会: a government the dataset does not know.
    if (designations[0]) return fromChain(kind, [], designations[0].mentions);
    const mentions = lineMentions(kind);
    const subject = subjectOf(mentions);
    if (subject) {
      const before = mentions.filter((m) => m.start < subject.start && !m.bare && tierRank(m) < tierRank(subject)).at(-1);
      const adjacent = before && before.start + before.text.length === subject.start ? [before, subject] : [subject];
      return fromChain(kind, adjacent, mentions);
    }
  }
  return null;
}

/** A subject from a chain of names ending in it (empty: unknown), with the line's other names as context. */
function fromChain(kind: EvidenceKind, chain: Mention[], named: Mention[]): Subject {
  const subject = chain.at(-1);
  const enclosing = chain.length >= 2 && tierRank(chain.at(-2)!) < tierRank(subject!) ? chain.at(-2)!.divisions : null;
  return {
    kind,
    candidates: subject?.divisions ?? [],
    context: named.filter((m) => m !== subject).map((m) => m.divisions),
    enclosing,
  };
}

/** YYYYMM the report was given, when its year is known. */
function monthOf(evidence: RegionEvidence): number | null {
  if (!evidence.year) return null;
  const month = evidence.month && evidence.month >= 1 && evidence.month <= 12 ? evidence.month : REGION_LIMITS.sessionMonth;
  return evidence.year * 100 + month;
}

function candidateOf({ d, month, divisions }: { d: Division; month: number | null; divisions: Divisions }): RegionCandidate {
  const at = month ?? d.lastSeen;
  return {
    code: d.code,
    name: d.name,
    level: levelOf(d),
    province: d.tier === 'province' ? d.name : (divisions.provinceOf(d, at)?.name ?? null),
    prefecture: divisions.prefectureOf(d, at)?.name ?? null,
    firstSeen: d.firstSeen,
    lastSeen: d.lastSeen,
  };
}

const distinctCodes = (list: Division[]) => new Set(list.map((d) => d.code)).size;
const unique = <T>(list: T[]) => [...new Set(list)];
const latest = (list: Division[]) => list.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a));

/**
 * One name in one province at one tier, never listed twice at once: a unit whose code changed
 * (with its prefecture: 庐江县 from 巢湖市 to 合肥市), not several places. 巢湖市 the prefecture
 * and 巢湖市 the county-level city are different tiers, so they stay apart.
 */
function isRecoding(list: Division[]): boolean {
  const [first] = list;
  if (!first || list.some((d) => d.name !== first.name || d.tier !== first.tier || d.code.slice(0, 2) !== first.code.slice(0, 2)))
    return false;
  const byTime = [...list].sort((a, b) => a.firstSeen - b.firstSeen);
  return byTime.every((d, i) => i === 0 || byTime[i - 1]!.lastSeen < d.firstSeen);
}

/**
 * The State Council's report. GB/T 2260 has no code for the country (100000 is a convention of
 * some map data sets, not of the standard), so code stays null.
 */
function nation(kind: EvidenceKind): RegionResolution {
  return { status: 'resolved', name: '全国', level: 'nation', province: null, prefecture: null, code: null, candidates: [], basis: [kind] };
}

function unresolved({ status, candidates, basis }: Pick<RegionResolution, 'status' | 'candidates' | 'basis'>): RegionResolution {
  return { status, name: null, level: null, province: null, prefecture: null, code: null, candidates, basis };
}
