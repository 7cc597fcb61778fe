/** Links that name a work report: a column page lists several (2016年政府工作报告, 2017年…). */
export function countReportLinks(doc: Document): number {
  let n = 0;
  for (const a of Array.from(doc.querySelectorAll('a'))) if (/工作报告/.test(a.textContent ?? '')) n++;
  return n;
}
