/**
 * A remark plugin that turns raw HTML in comment Markdown into literal text. Dropping it (react-
 * markdown's `skipHtml`) is just as safe but makes the words vanish: a fact-checker quoting a hostile
 * `<script>` from a source would see an empty comment. Shown as text, it is inert and still readable.
 */
type MdNode = { type: string; value?: string; children?: MdNode[] };

export function remarkHtmlAsText() {
  return (tree: MdNode) => {
    const walk = (node: MdNode) => {
      if (node.type === "html") node.type = "text";
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}
