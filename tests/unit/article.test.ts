import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle, findArticleRoot } from '../../lib/report/article.ts';
import { lookupOffset } from '../../lib/report/offset-map.ts';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const PAGE = `<!doctype html><html><head><title>政府工作报告</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
<div class="TRS_Editor">
  <p style="text-indent:2em">各位代表：</p>
  <p style="text-indent:2em">全年地区生产总值完成<span>204</span><span style="color:red">.6</span>亿元，&nbsp;与上年基本持平。</p>
  <div class="share">分享到：微信 微博</div>
  <p>　　城镇新增就业4264人。<br>第二行</p>
  ${'<p>这是一段很长的正文，用来让容器里的汉字数量超过门槛。</p>'.repeat(12)}
</div>
<div class="footer">主办单位：柳林县人民政府 ICP备案号</div>
</body></html>`;

describe('extractArticle', () => {
  it('takes the text of the CMS container, one line per block, without page furniture', () => {
    const article = extractArticle(doc(PAGE))!;
    const lines = article.text.split('\n');
    expect(lines[0]).toBe('各位代表：');
    expect(lines[1]).toBe('全年地区生产总值完成204.6亿元， 与上年基本持平。');
    expect(lines[2]).toBe('城镇新增就业4264人。');
    expect(lines[3]).toBe('第二行');
    expect(article.text).not.toContain('分享到');
    expect(article.text).not.toContain('当前位置');
    expect(article.text).not.toContain('ICP');
  });

  it('maps every character back to the text node it came from, across split spans', () => {
    const article = extractArticle(doc(PAGE))!;
    const at = article.text.indexOf('204.6');
    const first = lookupOffset(article.map, at)!;
    expect(first.target.data).toBe('204');
    expect(first.offset).toBe(0);
    const dot = lookupOffset(article.map, at + 3)!;
    expect(dot.target.data).toBe('.6');
    expect(dot.offset).toBe(0);
    const unit = lookupOffset(article.map, at + 5)!;
    expect(unit.target.data.startsWith('亿元')).toBe(true);
  });

  it('falls back to the densest block when no known container exists', () => {
    const html = `<html><body><div id="menu"><p>首页</p><p>新闻</p></div>
      <div id="main">${'<p>县人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。</p>'.repeat(5)}</div></body></html>`;
    const d = doc(html);
    expect(findArticleRoot(d)?.getAttribute('id')).toBe('main');
  });

  it('never recurses: a page nested 20,000 elements deep is walked', () => {
    const deep = `${'<span>'.repeat(20_000)}各位代表${'</span>'.repeat(20_000)}`;
    const d = doc(`<html><body><div id="zoom">${deep}${'<p>正文正文正文正文正文正文正文正文正文正文</p>'.repeat(25)}</div></body></html>`);
    expect(extractArticle(d)!.text.startsWith('各位代表')).toBe(true);
  });
});
