import { describe, expect, it } from 'vitest';
import { ReportSearch, TermSearch, hasLatin, loadPinyin, type ReportSearchItem } from '../../lib/search.ts';

const items: ReportSearchItem[] = [
  { id: 1, regionName: '柳林县', title: '政府工作报告', meeting: '柳林县第十届人民代表大会第五次会议' },
  { id: 2, regionName: '柳林县', title: '政府工作报告', meeting: '柳林县第十届人民代表大会第四次会议' },
  { id: 3, regionName: '陵川县', title: '政府工作报告', meeting: '陵川县第十六届人民代表大会第五次会议' },
  { id: 4, regionName: '青岚县', title: '2022年政府工作报告', meeting: '青岚县第十八届人民代表大会第一次会议' },
  { id: 5, regionName: '长治市', title: '政府工作报告', meeting: '' },
];

describe('report search', () => {
  it('an empty query lists everything; a region name finds all of its reports and no other', () => {
    const s = new ReportSearch(items);
    expect(s.search('  ')).toEqual([1, 2, 3, 4, 5]);
    expect(s.search('柳林').sort()).toEqual([1, 2]);
    expect(s.search('青岚县')).toEqual([4]);
  });

  it('a typo in a region name still finds it (柳琳 → 柳林县, 陵州县 → 陵川县)', () => {
    const s = new ReportSearch(items);
    expect(s.search('柳琳').sort()).toEqual([1, 2]);
    expect(s.search('陵州县')).toEqual([3]);
  });

  it('a correct name finds that region only, even with a looser typo match around', () => {
    const s = new ReportSearch([
      ...items,
      { id: 6, regionName: '榆林市', title: '', meeting: '' },
      { id: 7, regionName: '柳州市', title: '', meeting: '' },
    ]);
    expect(s.search('柳林').sort()).toEqual([1, 2]);
    expect(s.search('榆林')).toEqual([6]);
  });

  it('a name that exists is not answered with its fuzzy neighbours', () => {
    const s = new ReportSearch([
      { id: 1, regionName: '平遥4县', title: '', meeting: '' },
      { id: 2, regionName: '平遥42县', title: '', meeting: '' },
      { id: 3, regionName: '平遥52县', title: '', meeting: '' },
    ]);
    expect(s.search('平遥42县')).toEqual([2]);
    // Without an exact hit, the close neighbours are the answer.
    expect(s.search('平遥62县')).toEqual(expect.arrayContaining([2, 3]));
  });

  it('titles and meetings match as substrings', () => {
    const s = new ReportSearch(items);
    expect(s.search('2022年')).toEqual([4]);
    expect(s.search('第十六届')).toEqual([3]);
  });

  it('pinyin finds a region by full pinyin, without the unit suffix, and by initials — once pinyin is loaded', async () => {
    const s = new ReportSearch(items);
    expect(s.search('liulin')).toEqual([]);
    s.withPinyin(await loadPinyin());
    expect(s.search('liulin').sort()).toEqual([1, 2]);
    expect(s.search('liulinxian').sort()).toEqual([1, 2]);
    expect(s.search('LL').sort()).toEqual([1, 2]);
    expect(s.search('qinglan')).toEqual([4]);
    // A polyphonic place name read right: 长治 is changzhi, not zhangzhi.
    expect(s.search('changzhi')).toEqual([5]);
    // Typos in pinyin fall back to fuzzy matching, only when nothing matches closely.
    expect(s.search('liulni').sort()).toEqual([1, 2]);
    expect(s.search('qing')).toEqual([4]);
  });

  it('pinyin keys: full, initials, and the name without its unit', async () => {
    const pinyinOf = await loadPinyin();
    expect(pinyinOf('柳林县')).toEqual(['liulinxian', 'llx', 'liulin']);
    expect(pinyinOf('长治市')).toContain('changzhi');
  });

  it('Latin letters are what triggers loading pinyin', () => {
    expect(hasLatin('柳林')).toBe(false);
    expect(hasLatin('liu')).toBe(true);
    expect(hasLatin('2021')).toBe(false);
  });
});

describe('term search', () => {
  it('finds terms fuzzily, never for Latin queries', () => {
    const s = new TermSearch(['六稳', '六保', '两不愁三保障', '放管服']);
    expect(s.search('六稳')[0]).toBe('六稳');
    expect(s.search('两不愁')).toContain('两不愁三保障');
    expect(s.search('liuwen')).toEqual([]);
    expect(s.search('')).toEqual([]);
  });
});
