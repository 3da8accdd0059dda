import { Fragment } from "react";

/** Text with code-point spans wrapped in <mark>: matched terms in a passage, a search hit. */
export function MarkedText({ text, spans, lang }: { text: string; spans: { start: number; end: number }[]; lang?: string }) {
  const chars = Array.from(text);
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    if (start > at) parts.push({ text: chars.slice(at, start).join(""), marked: false });
    parts.push({ text: chars.slice(start, end).join(""), marked: true });
    at = end;
  }
  if (at < chars.length) parts.push({ text: chars.slice(at).join(""), marked: false });
  return (
    <span lang={lang}>
      {parts.map((part, i) => (
        <Fragment key={i}>{part.marked ? <mark className="rounded-sm bg-amber-200/80 px-0.5 text-inherit">{part.text}</mark> : part.text}</Fragment>
      ))}
    </span>
  );
}
