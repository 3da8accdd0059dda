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
 * is grey and marked as such for screen readers, the quoted words highlighted. Leading ellipses say
 * that the context is itself cut from a longer text.
 */
export function QuoteInContext({ exact, prefix, suffix, lang, tone = "claim", className = "" }: Props) {
  return (
    <blockquote lang={lang} className={`reading whitespace-pre-line ${className}`} data-testid="quote-in-context">
      {prefix && <span className="text-slate-400">…{prefix}</span>}
      <mark className={`rounded-sm px-0.5 text-slate-900 ${MARKS[tone]}`}>{exact}</mark>
      {suffix && <span className="text-slate-400">{suffix}…</span>}
    </blockquote>
  );
}
