import type { TRange } from "@/lib/search/highlight";

/**
 * The snippet with its matches marked; highlight offsets count code points, as the API sends them.
 * In a <bdi>, so a direction override inside untrusted text cannot reorder what follows it.
 */
export function HighlightedSnippet({ snippet, highlights }: { snippet: string; highlights: TRange[] }) {
  const chars = Array.from(snippet);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start > at) parts.push(chars.slice(at, start).join(""));
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-200 px-0.5 text-inherit" data-testid="search-mark">
        {chars.slice(start, end).join("")}
      </mark>,
    );
    at = end;
  }
  if (at < chars.length) parts.push(chars.slice(at).join(""));
  return <bdi>{parts}</bdi>;
}
