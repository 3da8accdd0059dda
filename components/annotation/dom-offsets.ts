// Maps DOM selection points back to UTF-16 offsets in the source text. Every rendered run of text
// is a leaf element carrying `data-offset` (its start in the text), so a point inside a text node
// is the run's offset plus the node offset; a point between elements uses the next run's start.

const RUN = "[data-offset]";

function runStart(element: Element): number {
  return Number((element as HTMLElement).dataset.offset);
}

export function domPointToOffset(root: Element, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest(RUN);
    return run && root.contains(run) ? runStart(run) + offset : null;
  }
  if (!(node instanceof Element) || !root.contains(node)) return null;
  const runs = [...root.querySelectorAll(RUN)];
  const child = node.childNodes[offset];
  if (child) {
    const next = child instanceof Element ? (child.matches(RUN) ? child : child.querySelector(RUN)) : child.parentElement?.closest(RUN);
    if (next) return runStart(next);
  }
  // Past the last child: the end of the last run inside `node` (or before it in document order).
  const before = runs.filter((run) => node === run || node.contains(run) || (run.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  const last = before.at(-1);
  return last ? runStart(last) + (last.textContent?.length ?? 0) : null;
}

/** The current selection inside `root` as UTF-16 offsets, trimmed of surrounding whitespace. */
export function selectionOffsets(root: Element, text: string): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  let start = domPointToOffset(root, range.startContainer, range.startOffset);
  let end = domPointToOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (start > end) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end } : null;
}
