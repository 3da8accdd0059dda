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
  /** A span to outline without making it a highlight (a suggested claim under the pointer). */
  preview?: { start: number; end: number } | null | undefined;
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
// Not a cuid, so it can never collide with a claim's id.
const PREVIEW = "~preview";
const PREVIEW_STYLE = "box-decoration-clone rounded-sm bg-sky-100 text-inherit ring-2 ring-sky-400";

/** Source text with highlighted spans; reports selections as W3C anchors in code points. */
export function AnnotatedText({ text, lang, highlights, preview, activeId, onSelect, onHighlightClick, className = "", testId = "annotated-text" }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const ranges = useMemo<THighlightRange[]>(() => {
    const index = createOffsetIndex(text);
    const spans = preview ? [...highlights, { id: PREVIEW, ...preview }] : highlights;
    return spans.map((h) => ({ id: h.id, start: index.toUtf16(h.start), end: index.toUtf16(h.end) }));
  }, [text, highlights, preview]);
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
            const ids = segment.ids.filter((id) => id !== PREVIEW);
            const previewed = ids.length < segment.ids.length;
            if (ids.length === 0) {
              if (!previewed) return <span key={segment.start} data-offset={segment.start}>{content}</span>;
              return <mark key={segment.start} data-offset={segment.start} data-testid="suggestion-preview" className={PREVIEW_STYLE}>{content}</mark>;
            }
            const isActive = activeId != null && ids.includes(activeId);
            const tone = TONES[tones.get(ids[0]!) ?? "claim"];
            return (
              <mark
                key={segment.start}
                data-offset={segment.start}
                data-claim-ids={ids.join(" ")}
                data-testid="highlight"
                onClick={() => {
                  if (window.getSelection()?.isCollapsed === false) return;
                  const id = pickInnermost(ids, ranges);
                  if (id) onHighlightClick?.(id);
                }}
                className={`cursor-pointer rounded-sm text-inherit ${tone[Math.min(ids.length, tone.length) - 1]} ${previewed ? "box-decoration-clone ring-2 ring-sky-400" : ""} ${isActive ? "underline decoration-sky-600 decoration-2 underline-offset-4" : ""}`}
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
