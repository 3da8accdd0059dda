import { splitParagraphs } from "@/lib/sources/paragraphs";

/** The cleaned text as a readable column; paragraphs come from blank-line breaks in the clean text. */
export function SourceText({ text, lang }: { text: string; lang: string }) {
  return (
    <div lang={lang} data-testid="clean-text" className="reading mt-6 max-w-[42em] font-serif text-[1.0625rem] text-slate-900">
      {splitParagraphs(text).map((paragraph) => (
        <p key={paragraph.start} data-start={paragraph.start} className="whitespace-pre-line">
          {paragraph.text}
        </p>
      ))}
    </div>
  );
}
