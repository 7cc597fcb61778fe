/**
 * The report's body explaining its own terms (lib/report/body-glossary.ts): each shape with
 * invented sentences, the look-alikes it must reject, and lines of the committed corpus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBodyExplanations } from '../../../lib/report/body-glossary.ts';
import { normalizeReportText } from '../../../lib/report/normalize.ts';
import { sloganPartCounts } from '../../../lib/report/slogans.ts';

const explained = (text: string) => Object.fromEntries(findBodyExplanations(text).map((e) => [e.term, e.definition]));

describe('sloganPartCounts', () => {
  it('reads the count a slogan announces', () => {
    expect(sloganPartCounts('三个一')).toEqual([3]);
    expect(sloganPartCounts('四个一流')).toEqual([4]);
    expect(sloganPartCounts('五位一体')).toEqual([5]);
    expect(sloganPartCounts('三零')).toEqual([3]);
    expect(sloganPartCounts('十件实事')).toEqual([10]);
    expect(sloganPartCounts('两不愁三保障')).toEqual([5, 2]);
    expect(sloganPartCounts('三去一降一补')).toEqual([5, 3]);
    expect(sloganPartCounts('一城三带三区')).toEqual([7, 3]);
  });

  it('has no count for codes, single parts and huge numbers', () => {
    expect(sloganPartCounts('1311重大工程')).toEqual([]);
    expect(sloganPartCounts('一票通')).toEqual([]);
    expect(sloganPartCounts('百日攻坚')).toEqual([]);
    expect(sloganPartCounts('放管服')).toEqual([]);
    expect(sloganPartCounts('一项改革', 1)).toEqual([1]);
  });
});

describe('findBodyExplanations: the shapes', () => {
  it('a parenthesis right after the quoted term, with as many parts as the term says', () => {
    expect(explained('全面落实“三保”（保基本民生、保工资、保运转）要求。')).toEqual({ 三保: '保基本民生、保工资、保运转' });
    expect(explained('实现“两基”（基本普及九年义务教育和基本扫除青壮年文盲）目标。')).toEqual({
      两基: '基本普及九年义务教育和基本扫除青壮年文盲',
    });
    // A compound slogan: one part per numbered group.
    expect(explained('治理“两河三湖”（清河、浊河，东湖、西湖、南湖）。')).toEqual({});
    expect(explained('治理“两河三湖”（清河浊河、东湖西湖南湖）。')).toEqual({ 两河三湖: '清河浊河、东湖西湖南湖' });
    // An unnumbered abbreviation: one part per character, each containing it.
    expect(explained('深化“放管服”（简政放权、放管结合、优化服务）改革。')).toEqual({ 放管服: '简政放权、放管结合、优化服务' });
  });

  it('即 and 是指 explain in one clause run', () => {
    expect(explained('坚持“三个高于”，即：甲投入高于上年，乙投入高于上年，丙投入高于上年。')).toEqual({
      三个高于: '甲投入高于上年，乙投入高于上年，丙投入高于上年',
    });
    expect(explained('推行“青岚模式”，即村企联建、收益共享；明年推广到全县。')).toEqual({ 青岚模式: '村企联建、收益共享' });
    expect(explained('“两山银行”是指把分散的生态资源集中收储、整合提升后交易的平台。全县已建成一家。')).toEqual({
      两山银行: '把分散的生态资源集中收储、整合提升后交易的平台',
    });
    expect(explained('全县工作。四个一流是指一流环境、一流服务、一流效率、一流作风。')).toEqual({
      四个一流: '一流环境、一流服务、一流效率、一流作风',
    });
  });

  it('several terms quoted together share the parts in order', () => {
    expect(explained('落实“两项补贴、一项改革”，即甲补贴、乙补贴，丙改革。')).toEqual({ 两项补贴: '甲补贴、乙补贴', 一项改革: '丙改革' });
  });

  it('numbered points right after the slogan, each by its lead clause', () => {
    const text = '围绕“三大突破”工作思路：一是突破工业，做强园区；二是突破农业，做优特色；三是突破文旅，做响品牌。';
    expect(explained(text)).toEqual({ 三大突破: '突破工业；突破农业；突破文旅' });
  });

  it('a slogan followed by its parts after a colon (三个一 needs three)', () => {
    expect(explained('推行“三个一”：一个窗口受理、一套材料申报、一次办结。')).toEqual({ 三个一: '一个窗口受理、一套材料申报、一次办结' });
    expect(explained('推行“三个一”：一个窗口受理、一次办结。')).toEqual({});
  });

  it('the parts listed right before a numbered slogan, without the verb that leads the list', () => {
    expect(explained('深入开展零上访、零事故、零案件“三零”创建。')).toEqual({ 三零: '零上访、零事故、零案件' });
    expect(explained('聚力补短板、解难题、惠民生、抓落实“四大攻势”。')).toEqual({ 四大攻势: '补短板、解难题、惠民生、抓落实' });
    expect(explained('扎紧境外入境、陆路口岸、冷链物流和中高风险区域“四个口袋”。')).toEqual({
      四个口袋: '境外入境、陆路口岸、冷链物流和中高风险区域',
    });
  });

  it('gives offsets of the explaining passage for jump-to-source', () => {
    const text = '前文。全面落实“三保”（保基本民生、保工资、保运转）要求。';
    const [e] = findBodyExplanations(text);
    expect(text.slice(e!.start, e!.end)).toBe('“三保”（保基本民生、保工资、保运转）');
    const before = '前文。深入开展零上访、零事故、零案件“三零”创建。';
    const [l] = findBodyExplanations(before);
    expect(before.slice(l!.start, l!.end)).toBe('零上访、零事故、零案件“三零”');
  });

  it('explains each term once, by its first explanation, and only inside the body', () => {
    const text = '落实“三保”（保基本民生、保工资、保运转）。再落实“三保”（甲、乙、丙）。附：“两基”（甲、乙）';
    expect(explained(text)).toEqual({ 三保: '保基本民生、保工资、保运转', 两基: '甲、乙' });
    expect(Object.keys(Object.fromEntries(findBodyExplanations(text, text.indexOf('附')).map((e) => [e.term, 1])))).toEqual(['三保']);
  });
});

describe('findBodyExplanations: look-alikes it rejects', () => {
  it('a parenthesis that is a date, a figure, an abbreviation note or a wrong count', () => {
    expect(explained('“十四五”（2021—2025年）期间，完成投资。')).toEqual({});
    expect(explained('实施“三大工程”（以下简称工程）。')).toEqual({});
    expect(explained('完成“两个工程”（投资12亿元）。')).toEqual({});
    expect(explained('完成“五个工程”（甲工程、乙工程、丙工程）。')).toEqual({});
    expect(explained('建设“一票通”（古城景区）系统。')).toEqual({});
    expect(explained('推行“放管服”（简化审批）。')).toEqual({});
  });

  it('a list before the slogan that is open, too short, or not parallel', () => {
    expect(explained('开展乱搭乱建、乱停乱放、乱贴乱涂等“十乱”整治。')).toEqual({});
    expect(explained('农村、社区“两委”换届完成。')).toEqual({});
    expect(explained('加强党的基层组织建设、人才、文化“三项工程”。')).toEqual({});
    expect(explained('增强“四个意识”、坚定“四个自信”、做到“两个维护”。')).toEqual({});
    // Two parts: only 双/两 slogans, only joined by 和/与/及.
    expect(explained('推进城镇和乡村“三同步”。')).toEqual({});
  });

  it('two parts joined by 和 before a 双/两 slogan (the State Council, 2015)', () => {
    expect(explained('着眼于保持中高速增长和迈向中高端水平“双目标”，坚持稳政策稳预期和促改革调结构“双结合”。')).toEqual({
      双目标: '保持中高速增长和迈向中高端水平',
      双结合: '稳政策稳预期和促改革调结构',
    });
  });

  it('即 and colons whose count disagrees with the slogan, and run-on explanations', () => {
    expect(explained('坚持“三个一”，即一个窗口、一套材料，并持续优化。')).toEqual({});
    expect(explained('推进“四个一”：过渡期内，严格落实甲、乙、丙、丁。')).toEqual({});
    expect(explained(`推行“青岚模式”，即${'村企联建'.repeat(50)}。`)).toEqual({});
    expect(explained('围绕“三大突破”：一是突破工业；二是突破农业。')).toEqual({});
  });

  it('即 that is not "namely" (即将, 即日起, 即可)', () => {
    expect(explained('“放管服”即将全面推开。')).toEqual({});
    expect(explained('推行“一网通办”，即日起受理申请。')).toEqual({});
    expect(explained('实行“承诺制”，即可开工建设。')).toEqual({});
  });

  it('a sentence that merely mentions 是指 without a slogan before it', () => {
    expect(explained('全县工作。所谓高质量发展是指多方面的事。')).toEqual({});
  });
});

describe('findBodyExplanations: corpus lines', () => {
  const read = (path: string) => normalizeReportText(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')).text;

  it('the State Council’s reports explain 两基, 三河三湖, 三个高于 and 三项政策、一项改革', () => {
    expect(explained(read('corpus/national/2007.txt'))).toMatchObject({
      两基: '基本普及九年义务教育和基本扫除青壮年文盲',
      三河三湖: '淮河海河辽河、太湖巢湖滇池',
      三个高于: expect.stringMatching(/^用于直接改善农村生产生活条件的投入高于上年，.*西部大开发的投入高于上年$/),
    });
    expect(explained(read('corpus/national/2003.txt'))).toMatchObject({
      三项政策: '按保护价敞开收购农民余粮、国有粮食购销企业顺价销售、粮食收购资金实行封闭运行',
      一项改革: '加快国有粮食企业改革',
    });
  });

  it('county reports explain their coinages by the list before them', () => {
    expect(explained(read('seeds/000_d3a6bbabf76df186.txt'))).toMatchObject({
      四大攻势: '补短板、解难题、惠民生、抓落实',
      三零: '零上访、零事故、零案件',
    });
    expect(explained(read('seeds/004_8979b39d7a9cd2b1.txt'))).toMatchObject({
      三提升: '服务质量、环境质量、安全质量',
      三大平台: '综合监管、行政办公、公共服务',
    });
    // 乱搭乱建、乱停乱放、乱贴乱涂、乱拉乱挂、乱堆乱倒等“十乱” is an open list of five: not explained.
    expect(explained(read('seeds/004_8979b39d7a9cd2b1.txt'))).not.toHaveProperty('十乱');
  });

  it('finds nothing in the national reports that have no explanations in their body', () => {
    expect(explained(read('corpus/national/2021.txt'))).toEqual({});
  });
});
