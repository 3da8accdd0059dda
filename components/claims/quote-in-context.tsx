type Props = {
  exact: string;
  prefix: string;
  suffix: string;
  lang?: string | undefined;
  tone?: "claim" | "supports" | "refutes";
  className?: string;
};

const MARKS = { claim: "bg-amber-100", supports: "bg-emerald-100", refutes: "bg-rose-100" } as const;

/**
 * A quoted passage with the words around it, as stored in its W3C TextQuoteSelector: the context
 * is grey, the quoted words highlighted. Ellipses say the context is cut from a longer text. Line
 * breaks collapse to spaces (no pre-line): a few words of context should read as one line, not as
 * stray blank paragraphs.
 */
export function QuoteInContext({ exact, prefix, suffix, lang, tone = "claim", className = "" }: Props) {
  return (
    <blockquote lang={lang} className={`reading ${className}`} data-testid="quote-in-context">
      {prefix && <span className="text-slate-400">…<bdi>{prefix}</bdi></span>}
      <mark className={`rounded-sm px-0.5 text-slate-900 ${MARKS[tone]}`}><bdi>{exact}</bdi></mark>
      {suffix && <span className="text-slate-400"><bdi>{suffix}</bdi>…</span>}
    </blockquote>
  );
}
