/**
 * Region resolution from each kind of evidence, on the built-in divisions. Expected codes are
 * GB/T 2260 codes of real units; fictional counties must stay unresolved.
 */
import { describe, expect, it } from 'vitest';
import { builtinDivisions } from '../../../lib/region/divisions.ts';
import { resolveRegion } from '../../../lib/region/resolve.ts';
import type { RegionEvidence } from '../../../lib/region/types.ts';

const divisions = builtinDivisions();
const resolve = (evidence: RegionEvidence) => resolveRegion({ evidence, divisions });
const where = (evidence: RegionEvidence) => {
  const r = resolve(evidence);
  return [r.status, r.province, r.prefecture, r.code];
};

describe('resolveRegion: the report names itself', () => {
  it('resolves a unique name to its province, prefecture, code and level', () => {
    expect(resolve({ name: '柳林县' })).toMatchObject({
      status: 'resolved',
      name: '柳林县',
      level: 'county',
      province: '山西省',
      prefecture: '吕梁市',
      code: '141125',
      basis: ['name'],
    });
  });

  it('reads the short forms reports use for autonomous units, and answers with the official name', () => {
    expect(resolve({ name: '黔西南州' })).toMatchObject({
      name: '黔西南布依族苗族自治州',
      level: 'city',
      province: '贵州省',
      code: '522300',
    });
    expect(resolve({ name: '峨边县' })).toMatchObject({ name: '峨边彝族自治县', level: 'county', prefecture: '乐山市', code: '511132' });
  });

  it('places provinces, prefecture-level units, municipal districts and units directly under a province', () => {
    expect(resolve({ name: '内蒙古自治区' })).toMatchObject({
      level: 'province',
      province: '内蒙古自治区',
      prefecture: null,
      code: '150000',
    });
    expect(resolve({ name: '赤峰市' })).toMatchObject({ level: 'city', province: '内蒙古自治区', prefecture: '赤峰市', code: '150400' });
    expect(resolve({ name: '海淀区' })).toMatchObject({ level: 'district', province: '北京市', prefecture: '北京市', code: '110108' });
    expect(resolve({ name: '仙桃市' })).toMatchObject({ level: 'county', province: '湖北省', prefecture: null, code: '429004' });
  });
});

describe('resolveRegion: each kind of line evidence', () => {
  it('meeting line: the unit before the congress, with its prefecture', () => {
    expect(resolve({ meeting: '——2024年在徐州市泉山区第十届人民代表大会第三次会议上' })).toMatchObject({
      status: 'resolved',
      code: '320311',
      prefecture: '徐州市',
      basis: ['meeting'],
    });
    expect(where({ meeting: '吕梁市离石区第七届人民代表大会第三次会议' })).toEqual(['resolved', '山西省', '吕梁市', '141102']);
    // 和 stands before names (在…和…) and starts one here.
    expect(where({ meeting: '——2021年在和顺县第十六届人民代表大会第一次会议上' })).toEqual(['resolved', '山西省', '晋中市', '140723']);
  });

  it('heading, speaker line, page title and site name each name the unit or tell candidates apart', () => {
    expect(resolve({ heading: '柳林县2021年政府工作报告' })).toMatchObject({ code: '141125', basis: ['heading'] });
    expect(resolve({ title: '中共柳林县委 柳林县人民政府' })).toMatchObject({ code: '141125', basis: ['title'] });
    expect(resolve({ name: '鼓楼区', siteName: '福州市鼓楼区人民政府' })).toMatchObject({ code: '350102', basis: ['name', 'siteName'] });
    expect(resolve({ name: '鼓楼区', title: '政府工作报告_开封市鼓楼区人民政府' })).toMatchObject({
      code: '410204',
      basis: ['name', 'title'],
    });
    expect(resolve({ name: '鼓楼区', speaker: '徐州市鼓楼区人民政府区长 某某' })).toMatchObject({
      code: '320302',
      basis: ['name', 'speaker'],
    });
    expect(resolve({ name: '通州区', title: '南通市通州区人民政府' })).toMatchObject({ code: '320612', prefecture: '南通市' });
  });
});

describe('resolveRegion: hostnames', () => {
  it('reads pinyin, initials, initials with the unit word, and a prefecture prefix', () => {
    expect(where({ hostname: 'www.liulin.gov.cn' })).toEqual(['resolved', '山西省', '吕梁市', '141125']);
    expect(where({ hostname: 'mgt.gov.cn' })).toEqual(['resolved', '新疆维吾尔自治区', '喀什地区', '653127']);
    expect(where({ hostname: 'www.qxn.gov.cn' })).toEqual(['resolved', '贵州省', '黔西南布依族苗族自治州', '522300']);
    expect(where({ hostname: 'www.kmgd.gov.cn' })).toEqual(['resolved', '云南省', '昆明市', '530111']);
    expect(where({ hostname: 'www.cqyz.gov.cn' })).toEqual(['resolved', '重庆市', '重庆市', '500103']);
    expect(resolve({ hostname: 'www.kmgd.gov.cn' }).basis).toEqual(['hostname']);
  });

  it('knows the place-name readings of polyphonic characters (尉犁 is yuli)', () => {
    expect(where({ hostname: 'www.yuli.gov.cn' })).toEqual(['resolved', '新疆维吾尔自治区', '巴音郭楞蒙古自治州', '652823']);
  });

  it('tells same-named units apart (城关区 of 兰州, 鼓楼区 of 南京)', () => {
    expect(resolve({ name: '城关区', hostname: 'www.lzcgq.gov.cn' })).toMatchObject({ code: '620102', basis: ['name', 'hostname'] });
    expect(resolve({ name: '鼓楼区', hostname: 'www.njgl.gov.cn' })).toMatchObject({ code: '320106' });
  });

  it('leaves a hostname that fits a unit and its predecessor open without a year (离石区, before 2004 离石市)', () => {
    const open = resolve({ hostname: 'www.lishi.gov.cn' });
    expect(open.status).toBe('ambiguous');
    expect(open.candidates.map((c) => c.name).sort()).toEqual(['离石区', '离石市']);
    expect(resolve({ hostname: 'www.lishi.gov.cn', year: 2021 })).toMatchObject({ code: '141102', basis: ['hostname', 'year'] });
  });
});

describe('resolveRegion: ambiguous names are never guessed', () => {
  it('lists every 鼓楼区 when nothing tells them apart', () => {
    const r = resolve({ name: '鼓楼区' });
    expect(r).toMatchObject({ status: 'ambiguous', name: null, province: null, prefecture: null, code: null });
    expect(r.candidates.map((c) => `${c.prefecture} ${c.code}`).sort()).toEqual([
      '南京市 320106',
      '开封市 410204',
      '徐州市 320302',
      '福州市 350102',
    ]);
    expect(
      resolve({ name: '城关区' })
        .candidates.map((c) => c.province)
        .sort(),
    ).toEqual(['甘肃省', '西藏自治区']);
  });

  it('narrows to what the evidence allows: a province named in the title leaves its two 鼓楼区', () => {
    const r = resolve({ name: '鼓楼区', title: '江苏省人民政府' });
    expect(r.status).toBe('ambiguous');
    expect(r.candidates.map((c) => c.code).sort()).toEqual(['320106', '320302']);
  });

  it("takes the user's remembered choice when it is one of the candidates, and ignores it otherwise", () => {
    expect(resolve({ name: '鼓楼区', chosenCode: '410204' })).toMatchObject({
      status: 'resolved',
      code: '410204',
      basis: ['name', 'choice'],
    });
    expect(resolve({ name: '鼓楼区', chosenCode: '141125' }).status).toBe('ambiguous');
  });
});

describe('resolveRegion: renamed, re-levelled and recoded units', () => {
  it('巢湖市: a prefecture-level city until 2011, a county-level city of 合肥 since; the year decides', () => {
    expect(resolve({ name: '巢湖市', year: 2009 })).toMatchObject({
      level: 'city',
      prefecture: '巢湖市',
      code: '341400',
      basis: ['name', 'year'],
    });
    expect(resolve({ name: '巢湖市', year: 2016 })).toMatchObject({ level: 'county', prefecture: '合肥市', code: '340181' });
    // Early 2011: the dataset's revisions (2010-10, 2011-10) bracket the change, so both stay possible.
    expect(resolve({ name: '巢湖市', year: 2011 }).status).toBe('ambiguous');
    expect(resolve({ name: '巢湖市' }).status).toBe('ambiguous');
  });

  it('a county that changed prefecture and code (庐江县, 巢湖市 → 合肥市 in 2011)', () => {
    expect(where({ name: '庐江县', year: 2005 })).toEqual(['resolved', '安徽省', '巢湖市', '341421']);
    expect(where({ name: '庐江县', year: 2022 })).toEqual(['resolved', '安徽省', '合肥市', '340124']);
    // Without a date, one unit recoded over the years takes its latest code.
    expect(where({ name: '庐江县' })).toEqual(['resolved', '安徽省', '合肥市', '340124']);
  });

  it('县级市 → 区: each name has its own code (富阳 2014; 临安 2017, between two revisions of the dataset)', () => {
    expect(where({ name: '富阳市', year: 2012 })).toEqual(['resolved', '浙江省', '杭州市', '330183']);
    expect(where({ name: '富阳区', year: 2016 })).toEqual(['resolved', '浙江省', '杭州市', '330111']);
    expect(where({ name: '临安市', year: 2016 })).toEqual(['resolved', '浙江省', '杭州市', '330185']);
    expect(where({ name: '临安区', year: 2018 })).toEqual(['resolved', '浙江省', '杭州市', '330112']);
  });

  it('names the prefecture as it was called that year (襄樊市 until 2010, 襄阳市 since)', () => {
    expect(resolve({ name: '枣阳市', year: 2008 }).prefecture).toBe('襄樊市');
    expect(resolve({ name: '枣阳市', year: 2015 }).prefecture).toBe('襄阳市');
  });
});

describe('resolveRegion: fictional and contradictory places stay unresolved', () => {
  it('a name no unit carries is unknown, whatever the hostname reads', () => {
    expect(resolve({ name: '青岚县' })).toMatchObject({ status: 'unknown', province: null, prefecture: null, code: null, candidates: [] });
    // heyang would be 合阳县, a real county.
    expect(resolve({ name: '河阳县', hostname: 'www.heyang.gov.cn' })).toMatchObject({ status: 'unknown', candidates: [] });
    // 岚县 is real, and inside 青岚县; lanxian would be 岚县.
    expect(resolve({ meeting: '——2021年在青岚县第十七届人民代表大会第五次会议上', hostname: 'www.lanxian.gov.cn' }).status).toBe('unknown');
    expect(resolve({ siteName: '青岚县人民政府', hostname: 'www.lanxian.gov.cn' }).status).toBe('unknown');
    expect(resolve({ name: '吕梁市青岚县' }).status).toBe('unknown');
    expect(resolve({ hostname: 'www.lanxian.gov.cn' })).toMatchObject({ status: 'resolved', code: '141127' });
  });

  it('a unit written under a prefecture it does not belong to is unknown, with the candidates listed', () => {
    const r = resolve({ meeting: '——2021年在晋中市柳林县第十届人民代表大会第五次会议上' });
    expect(r.status).toBe('unknown');
    expect(r.candidates.map((c) => c.name)).toContain('柳林县');
  });

  it('no evidence at all is unknown', () => {
    expect(resolve({})).toEqual({
      status: 'unknown',
      name: null,
      level: null,
      province: null,
      prefecture: null,
      code: null,
      candidates: [],
      basis: [],
    });
  });
});

describe('resolveRegion: the national report', () => {
  it('resolves to level nation without province or code, from the name, the meeting, the address or the speaker', () => {
    const nation = { status: 'resolved', name: '全国', level: 'nation', province: null, prefecture: null, code: null };
    expect(resolve({ name: '全国', level: 'nation' })).toMatchObject(nation);
    expect(resolve({ meeting: '——2019年3月5日在第十三届全国人民代表大会第二次会议上' })).toMatchObject({ ...nation, basis: ['meeting'] });
    expect(resolve({ address: '国务院' })).toMatchObject({ ...nation, basis: ['address'] });
    expect(resolve({ speaker: '国务院总理 李克强' })).toMatchObject({ ...nation, basis: ['speaker'] });
  });
});

describe('resolveRegion is pure', () => {
  it('leaves its evidence as it was and answers the same twice', () => {
    const evidence: RegionEvidence = { name: '鼓楼区', title: '南京市鼓楼区人民政府', hostname: 'www.njgl.gov.cn', year: 2021 };
    const copy = structuredClone(evidence);
    const first = resolve(evidence);
    expect(resolve(evidence)).toEqual(first);
    expect(evidence).toEqual(copy);
  });
});
