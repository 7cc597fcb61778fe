/**
 * How division names are written: the unit suffix, the place part of an autonomous unit's name
 * (黔西南 of 黔西南布依族苗族自治州), and the short forms reports use for themselves (黔西南州,
 * 内蒙古). Shared by the data generator (pinyin of the place part) and the resolver (aliases).
 */

/**
 * The ethnic groups named in autonomous units (民族 names without 族; Xinjiang's names drop 族:
 * 伊犁哈萨克自治州). 各 is 各族 of 龙胜各族自治县 and 隆林各族自治县. The data test checks that
 * every autonomous unit of the dataset splits with this list.
 */
const ETHNIC_GROUPS = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 ' +
  '达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
).split(' ');

const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC_GROUPS.join('|')})族?)+自治(州|县|旗|区)$`);
/** Unit suffixes, longest first. */
const SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|新区|省|市|州|盟|县|区|旗)$/;

export interface NameParts {
  /** The place: 柳林 of 柳林县, 黔西南 of 黔西南布依族苗族自治州, 内蒙古 of 内蒙古自治区. */
  place: string;
  /** The unit word a report's short form ends with: 县, 州, 旗, 区, 市, 省 … ('' when none). */
  unit: string;
  /** True for 自治州/自治县/自治旗/自治区. */
  autonomous: boolean;
}

export function nameParts(name: string): NameParts {
  const auto = name.includes('自治') ? AUTONOMOUS.exec(name) : null;
  if (auto) return { place: auto[1]!, unit: auto[2]!, autonomous: true };
  const suffix = SUFFIX.exec(name)?.[1] ?? '';
  const place = name.slice(0, name.length - suffix.length);
  // 城区 and 郊区 (districts of several Shanxi cities) are their whole names.
  return place.length >= 2 ? { place, unit: suffix, autonomous: false } : { place: name, unit: '', autonomous: false };
}

/**
 * The short form a unit uses for itself in report heads and meeting lines: 黔西南州 for
 * 黔西南布依族苗族自治州, 峨边县 for 峨边彝族自治县; null when it has none.
 */
export function shortName(name: string): string | null {
  if (!name.includes('自治')) return null;
  const { place, unit, autonomous } = nameParts(name);
  return autonomous && unit !== '区' ? `${place}${unit}` : null;
}

/**
 * A province by its place alone (甘肃, 内蒙古, 北京), as titles and site names write it. Only
 * provinces: a bare prefecture or county name (吕梁, 城关) is as often a mountain or a town.
 */
export function provincePlace(name: string): string | null {
  const { place } = nameParts(name);
  return place !== name ? place : null;
}
