/**
 * Code the page benchmarks run inside the page (serialised by playwright: self-contained functions).
 */

/** Installed before any page script: records long tasks and the frame at which our term marks first exist. */
export const PROBE = () => {
  const w = window as unknown as {
    __bench: { tasks: [number, number][]; marksAt: number | null; lastMove: number; tooltipAt: number | null };
  };
  w.__bench = { tasks: [], marksAt: null, lastMove: 0, tooltipAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const registry = () => (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
  const poll = () => {
    if ((registry()?.get('reportlens-term')?.size ?? 0) > 0 || document.querySelector('.naive-term')) {
      // The frame after the marks exist is the one that paints them.
      requestAnimationFrame(() => (w.__bench.marksAt = performance.now()));
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  addEventListener('mousemove', (e) => (w.__bench.lastMove = e.timeStamp), { capture: true, passive: true });
};

/** The naive highlighter, as many extensions do it: for each term a RegExp over every text node, matches wrapped in spans. */
export const NAIVE = (terms: string[]) => {
  const start = performance.now();
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const term of terms) {
    const re = new RegExp(escapeRegExp(term), 'g');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.classList.contains('naive-term') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    for (const node of nodes) {
      re.lastIndex = 0;
      if (!re.test(node.data)) continue;
      re.lastIndex = 0;
      const frag = document.createDocumentFragment();
      let last = 0;
      for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
        frag.append(node.data.slice(last, m.index));
        const span = document.createElement('span');
        span.className = 'naive-term';
        span.style.textDecoration = 'underline dotted';
        span.textContent = m[0];
        frag.append(span);
        last = m.index + m[0].length;
      }
      frag.append(node.data.slice(last));
      node.replaceWith(frag);
    }
  }
  return performance.now() - start;
};
