"use client";

import { useCallback, useMemo, useRef } from "react";
import { createOffsetIndex, describeSelection, type TAnchor } from "@/lib/claims/anchor";
import { pickInnermost, segmentText, type THighlightRange } from "@/lib/claims/highlight-segments";
import { selectionOffsets } from "./dom-offsets";

export type THighlight = { id: string; start: number; end: number; tone?: "claim" | "supports" | "refutes" | "found" };

type Props = {
  text: string;
  lang: string;
  /** Code-point offsets, as stored. */
  highlights: THighlight[];
  activeId?: string | null | undefined;
  onSelect?: ((anchor: TAnchor | null) => void) | undefined;
  onHighlightClick?: ((id: string) => void) | undefined;
  className?: string;
  testId?: string;
};

const TONES = {
  claim: ["bg-amber-100", "bg-amber-200", "bg-amber-300", "bg-amber-400"],
  supports: ["bg-emerald-100", "bg-emerald-200", "bg-emerald-300", "bg-emerald-400"],
  refutes: ["bg-rose-100", "bg-rose-200", "bg-rose-300", "bg-rose-400"],
  found: ["bg-sky-100", "bg-sky-200", "bg-sky-300", "bg-sky-400"],
} as const;

/** Source text with highlighted spans; reports selections as W3C anchors in code points. */
export function AnnotatedText({ text, lang, highlights, activeId, onSelect, onHighlightClick, className = "", testId = "annotated-text" }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const ranges = useMemo<THighlightRange[]>(() => {
    const index = createOffsetIndex(text);
    return highlights.map((h) => ({ id: h.id, start: index.toUtf16(h.start), end: index.toUtf16(h.end) }));
  }, [text, highlights]);
  const tones = useMemo(() => new Map(highlights.map((h) => [h.id, h.tone ?? "claim"])), [highlights]);
  const paragraphs = useMemo(() => segmentText(text, ranges), [text, ranges]);

  const reportSelection = useCallback(() => {
    if (!onSelect || !root.current) return;
    const offsets = selectionOffsets(root.current, text);
    if (!offsets) return onSelect(null);
    const index = createOffsetIndex(text);
    onSelect(describeSelection(text, index.toCodePoint(offsets.start), index.toCodePoint(offsets.end)));
  }, [onSelect, text]);

  return (
    <div ref={root} lang={lang} data-testid={testId} onMouseUp={reportSelection} onKeyUp={(e) => e.shiftKey && reportSelection()} className={`reading ${className}`}>
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} className="whitespace-pre-line">
          {paragraph.segments.map((segment) => {
            const content = text.slice(segment.start, segment.end);
            if (segment.ids.length === 0) return <span key={segment.start} data-offset={segment.start}>{content}</span>;
            const isActive = activeId != null && segment.ids.includes(activeId);
            const tone = TONES[tones.get(segment.ids[0]!) ?? "claim"];
            return (
              <mark
                key={segment.start}
                data-offset={segment.start}
                data-claim-ids={segment.ids.join(" ")}
                data-testid="highlight"
                onClick={() => {
                  if (window.getSelection()?.isCollapsed === false) return;
                  const id = pickInnermost(segment.ids, ranges);
                  if (id) onHighlightClick?.(id);
                }}
                className={`cursor-pointer rounded-sm text-inherit ${tone[Math.min(segment.ids.length, tone.length) - 1]} ${isActive ? "underline decoration-sky-600 decoration-2 underline-offset-4" : ""}`}
              >
                {content}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
