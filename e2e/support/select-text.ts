import type { Locator } from "@playwright/test";

/**
 * Selects `phrase` inside `container` the way a mouse drag would (a DOM Range over the rendered
 * text, then mouseup), even when highlights split it across several elements.
 */
export async function selectText(container: Locator, phrase: string): Promise<void> {
  await container.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let full = "";
    while (walker.nextNode()) {
      nodes.push(walker.currentNode as Text);
      full += (walker.currentNode as Text).data;
    }
    const at = full.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the text`);
    const locate = (offset: number, preferEnd: boolean) => {
      let seen = 0;
      for (const node of nodes) {
        const end = seen + node.data.length;
        if (offset < end || (preferEnd && offset === end)) return { node, offset: offset - seen };
        seen = end;
      }
      throw new Error("offset outside the text");
    };
    const start = locate(at, false);
    const end = locate(at + wanted.length, true);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, phrase);
}
