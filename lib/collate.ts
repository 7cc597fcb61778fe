/**
 * Chinese collation order (pinyin) for the panel's lists. One collator for all comparisons:
 * `a.localeCompare(b, 'zh-Hans-CN')` looks the locale up again on every call, which made sorting
 * the 1,000 regions of a 10,000-report library take ~40 ms instead of ~1 ms.
 */
export const compareZh: (a: string, b: string) => number = new Intl.Collator('zh-Hans-CN').compare;
