/**
 * Hover → tooltip, as 10ten Japanese Reader does it: find the text under the pointer with
 * caretPositionFromPoint (caretRangeFromPoint in Chromium before 128), accept a hit only when the
 * pointer is really over one of the term's glyph boxes (a caret lands on the nearest text even
 * from a margin), wait a short delay, and show nothing while the mouse races across the page.
 *
 * Only the user's own mouse counts: a page script's synthetic `mousemove` (isTrusted false) is
 * ignored, so a page cannot make the tooltip appear over a term to learn how the user explained it.
 * The user's own definition of a term is asked for (`userDefinition`) only then, one term at a time.
 */
import type { Tooltip, TooltipContent } from './tooltip.ts';
import type { TimerId } from './session.ts';
import { LIMITS } from '../limits.ts';

export interface HoverTarget {
  range: Range;
  content: TooltipContent;
}

interface Timers {
  setTimeout(fn: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId): void;
}

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function over(range: Range, x: number, y: number, slack: number): DOMRect | null {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack) return rect;
  }
  return null;
}

export class HoverController {
  private readonly byNode = new Map<Node, HoverTarget[]>();
  private readonly doc: Document;
  private readonly tooltip: Tooltip;
  private readonly timers: Timers;
  private readonly userDefinition: (term: string) => Promise<string | null>;
  private readonly trusted: (event: Event) => boolean;
  /** The user's definitions asked for so far (a term is asked for once per page). */
  private readonly definitions = new Map<string, Promise<string | null>>();
  private last = { x: -1, y: -1, t: 0 };
  private pending: TimerId | null = null;
  private hiding: TimerId | null = null;
  private current: HoverTarget | null = null;
  private showing = 0;

  constructor({
    doc,
    tooltip,
    timers,
    userDefinition,
    trusted = (event) => event.isTrusted,
  }: {
    doc: Document;
    tooltip: Tooltip;
    timers: Timers;
    userDefinition: (term: string) => Promise<string | null>;
    /** Whether an event comes from the user (tests of the hit logic pass their synthetic events). */
    trusted?: (event: Event) => boolean;
  }) {
    this.doc = doc;
    this.tooltip = tooltip;
    this.timers = timers;
    this.userDefinition = userDefinition;
    this.trusted = trusted;
  }

  /** Replaces the hover targets (after the page's text changed). */
  setTargets(targets: HoverTarget[]): void {
    this.byNode.clear();
    for (const target of targets) {
      const { startContainer, endContainer } = target.range;
      for (const node of startContainer === endContainer ? [startContainer] : [startContainer, endContainer]) {
        const list = this.byNode.get(node);
        if (list) list.push(target);
        else this.byNode.set(node, [target]);
      }
    }
    this.hide();
  }

  onMouseMove(event: MouseEvent): void {
    if (!this.trusted(event)) return;
    const now = event.timeStamp;
    const { x: lx, y: ly, t: lt } = this.last;
    const speed = lt > 0 && now > lt ? Math.hypot(event.clientX - lx, event.clientY - ly) / (now - lt) : 0;
    this.last = { x: event.clientX, y: event.clientY, t: now };
    if (this.pending !== null) this.timers.clearTimeout(this.pending);
    this.pending = null;
    // Racing across the page: do not pop tooltips up on the way.
    if (speed > LIMITS.hoverMaxSpeedPxPerMs) return;
    if (this.tooltip.visible && this.current) {
      if (over(this.current.range, event.clientX, event.clientY, 2) || this.isOverTooltip(event)) {
        this.cancelHide();
        return;
      }
      this.scheduleHide();
    }
    this.pending = this.timers.setTimeout(() => this.check(event.clientX, event.clientY), LIMITS.hoverDelayMs);
  }

  private isOverTooltip(event: MouseEvent): boolean {
    const host = this.tooltip.element;
    return host !== null && event.composedPath().includes(host);
  }

  /** The hover target under the point, if the pointer is on its glyphs. */
  targetAt(x: number, y: number): { target: HoverTarget; rect: DOMRect } | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    for (const target of this.byNode.get(caret.node) ?? []) {
      const rect = over(target.range, x, y, 1);
      if (rect) return { target, rect };
    }
    return null;
  }

  private check(x: number, y: number): void {
    this.pending = null;
    const hit = this.targetAt(x, y);
    if (!hit) return;
    this.cancelHide();
    if (this.current === hit.target && this.tooltip.visible) return;
    this.current = hit.target;
    const showing = ++this.showing;
    void this.contentOf(hit.target.content).then((content) => {
      // The mouse moved on (or Esc) while the definition was on its way.
      if (showing === this.showing && this.current === hit.target) this.tooltip.show(content, hit.rect);
    });
  }

  /** The tooltip's content, with the user's own definition in its place (after the report's, before the built-in one). */
  private async contentOf(content: TooltipContent): Promise<TooltipContent> {
    if (!content.userDefined) return content;
    let asked = this.definitions.get(content.term);
    if (!asked) {
      asked = this.userDefinition(content.term).catch(() => null);
      this.definitions.set(content.term, asked);
    }
    const definition = await asked;
    if (!definition) return content;
    const reportOnes = content.explanations.filter((e) => e.source === 'report');
    const others = content.explanations.filter((e) => e.source !== 'report' && e.definition !== definition);
    return {
      ...content,
      explanations: [...reportOnes, { source: 'user' as const, definition }, ...others].slice(0, LIMITS.maxExplanationsPerTerm),
    };
  }

  private scheduleHide(): void {
    if (this.hiding !== null) return;
    this.hiding = this.timers.setTimeout(() => this.hide(), LIMITS.hoverHideGraceMs);
  }

  private cancelHide(): void {
    if (this.hiding !== null) this.timers.clearTimeout(this.hiding);
    this.hiding = null;
  }

  hide(): void {
    this.cancelHide();
    this.showing++;
    this.current = null;
    this.tooltip.hide();
  }
}
