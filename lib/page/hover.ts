/**
 * Hover → tooltip, as 10ten Japanese Reader does it: find the text under the pointer with
 * caretPositionFromPoint (caretRangeFromPoint in Chromium before 128), accept a hit only when the
 * pointer is really over one of the term's glyph boxes (a caret lands on the nearest text even
 * from a margin), wait a short delay, and show nothing while the mouse races across the page.
 *
 * Only the user's own mouse counts: a page script's synthetic `mousemove` (isTrusted false) is
 * ignored, so a page cannot make the tooltip appear over a term to learn how the user explained it.
 * What the user's own data says of a term — their definition, their library's other reports — is
 * asked for (`ownExplanations`) only then, one term at a time.
 */
import type { Tooltip, TooltipContent } from './tooltip.ts';
import type { TimerId } from './session.ts';
import type { Explanation } from '../glossary/index.ts';
import { EXPLANATION_SOURCES, type DefinitionReply } from '../messages.ts';
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
  private readonly ownExplanations: (term: string) => Promise<DefinitionReply | null>;
  private readonly trusted: (event: Event) => boolean;
  /** What the user's own data said of the terms asked for so far (a term is asked for once per page). */
  private readonly asked = new Map<string, Promise<DefinitionReply | null>>();
  private last = { x: -1, y: -1, t: 0 };
  private pending: TimerId | null = null;
  private hiding: TimerId | null = null;
  private current: HoverTarget | null = null;
  private showing = 0;

  constructor({
    doc,
    tooltip,
    timers,
    ownExplanations,
    trusted = (event) => event.isTrusted,
  }: {
    doc: Document;
    tooltip: Tooltip;
    timers: Timers;
    ownExplanations: (term: string) => Promise<DefinitionReply | null>;
    /** Whether an event comes from the user (tests of the hit logic pass their synthetic events). */
    trusted?: (event: Event) => boolean;
  }) {
    this.doc = doc;
    this.tooltip = tooltip;
    this.timers = timers;
    this.ownExplanations = ownExplanations;
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
    const { content } = hit.target;
    // What the page's analysis holds is shown at once; what the user's own data says (a round trip
    // to the background) is added when it arrives, unless the mouse moved on (or Esc) meanwhile.
    const asked = this.askOwn(content);
    if (!asked || content.explanations.length > 0) this.tooltip.show(content, hit.rect);
    void asked?.then((reply) => {
      if (showing !== this.showing || this.current !== hit.target) return;
      // Nothing to add to what is shown (a term no longer theirs, a budget spent).
      if (this.tooltip.visible && !reply?.definition && !reply?.library) return;
      this.tooltip.show({ ...content, explanations: withOwnExplanations(content.explanations, reply) }, hit.rect);
    });
  }

  /** What the user's own data says of a term they defined or the library explains (asked once per page), or null for other terms. */
  private askOwn(content: TooltipContent): Promise<DefinitionReply | null> | null {
    if (!content.userDefined) return null;
    let asked = this.asked.get(content.term);
    if (!asked) {
      asked = this.ownExplanations(content.term).catch(() => null);
      this.asked.set(content.term, asked);
    }
    return asked;
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

/**
 * A term's explanations with what the user's own data says of it (`reply`: their definition, the
 * library's best with its report) in precedence order; identical words are shown once, from the
 * highest source.
 */
export function withOwnExplanations(explanations: readonly Explanation[], reply: DefinitionReply | null): Explanation[] {
  const all = [...explanations];
  if (reply?.definition) all.push({ source: 'user', definition: reply.definition });
  const l = reply?.library;
  if (l) all.push({ source: 'library', definition: l.definition, from: { region: l.region, year: l.year }, more: l.more });
  const rank = (e: Explanation) => EXPLANATION_SOURCES.indexOf(e.source);
  all.sort((a, b) => rank(a) - rank(b));
  return all.filter((e, i) => all.findIndex((x) => x.definition === e.definition) === i).slice(0, LIMITS.maxExplanationsPerTerm);
}
