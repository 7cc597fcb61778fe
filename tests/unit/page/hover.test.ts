// @vitest-environment happy-dom
/**
 * A real hover of a term the user's own data explains: what the page's analysis holds is shown at
 * the end of the hover delay, without waiting for the background's answer; the user's definition
 * joins it when it arrives.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverController } from '../../../lib/page/hover.ts';
import { Tooltip } from '../../../lib/page/tooltip.ts';
import { tooltipStrings } from '../../../lib/i18n.ts';
import { LIMITS } from '../../../lib/limits.ts';
import type { DefinitionReply } from '../../../lib/messages.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

function setUp(content: { explanations: { source: 'builtin'; definition: string }[] }) {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>推进放管服改革</p>';
  const text = document.querySelector('p')!.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 2);
  range.setEnd(text, 5);
  // happy-dom has no layout: the term's glyphs are at (100, 100), and the caret there is in its text.
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect(95, 95, 40, 16)] as unknown as DOMRectList);
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: text, offset: 3 });
  const tooltip = new Tooltip({ doc: document, win: window, onExplain: () => {}, strings: () => tooltipStrings('zh') });
  const shown: string[][] = [];
  const show = tooltip.show.bind(tooltip);
  vi.spyOn(tooltip, 'show').mockImplementation((c, anchor) => {
    shown.push(c.explanations.map((e) => `${e.source}:${e.definition}`));
    show(c, anchor);
  });
  let answer: (reply: DefinitionReply | null) => void = () => {};
  const hover = new HoverController({
    doc: document,
    tooltip,
    timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    ownExplanations: () => new Promise((resolve) => (answer = resolve)),
    trusted: () => true,
  });
  hover.setTargets([{ range, content: { term: '放管服', userDefined: true, ...content } }]);
  hover.onMouseMove(new MouseEvent('mousemove', { clientX: 100, clientY: 100 }));
  return { tooltip, shown, answer: (reply: DefinitionReply | null) => answer(reply) };
}

describe('hover of a term the user explained', () => {
  it('shows the built-in explanation when the delay ends, and adds the user’s own when the background answers', async () => {
    const { tooltip, shown, answer } = setUp({ explanations: [{ source: 'builtin', definition: '简政放权' }] });
    await vi.advanceTimersByTimeAsync(LIMITS.hoverDelayMs);
    expect(tooltip.visible).toBe(true);
    expect(shown).toEqual([['builtin:简政放权']]);
    answer({ definition: '我的解释' });
    await vi.advanceTimersByTimeAsync(0);
    expect(shown.at(-1)).toEqual(['user:我的解释', 'builtin:简政放权']);
  });

  it('a term only the user explains waits for their definition (no “no explanation” flash)', async () => {
    const { tooltip, shown, answer } = setUp({ explanations: [] });
    await vi.advanceTimersByTimeAsync(LIMITS.hoverDelayMs);
    expect(tooltip.visible).toBe(false);
    answer({ definition: '我的解释' });
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([['user:我的解释']]);
  });
});
