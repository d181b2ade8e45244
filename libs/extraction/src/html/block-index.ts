import { HtmlElement } from './dom';
import { TextBlock } from './blocks';

export function isWithin(el: HtmlElement, container: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (e === container) return true;
  return false;
}

// Several look-ups ask where the same headline or container starts: each answer is computed once.
const firsts = new WeakMap<TextBlock[], Map<HtmlElement, number>>();

/** Index of the first block inside `el`, or -1. */
export function firstBlockWithin(blocks: TextBlock[], el: HtmlElement): number {
  let byEl = firsts.get(blocks);
  if (!byEl) {
    byEl = new Map();
    firsts.set(blocks, byEl);
  }
  let i = byEl.get(el);
  if (i === undefined) {
    i = blocks.findIndex((b) => isWithin(b.el, el));
    byEl.set(el, i);
  }
  return i;
}

/** Index of the last block inside `el`, or -1. */
export function lastBlockWithin(blocks: TextBlock[], el: HtmlElement): number {
  for (let i = blocks.length - 1; i >= 0; i--) if (isWithin(blocks[i].el, el)) return i;
  return -1;
}
