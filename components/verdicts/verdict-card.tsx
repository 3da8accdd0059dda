import { useFormatter, useTranslations } from "next-intl";
import { QuoteInContext } from "@/components/claims/quote-in-context";
import type { TVerdictDto } from "@/lib/verdicts/dto";
import { LabelBadge } from "./label-badge";

/** Another reviewer's verdict, read-only: label, reasoning and the passages they cite. */
export function VerdictCard({ verdict, langs }: { verdict: TVerdictDto; langs: Map<string, string> }) {
  const t = useTranslations("claim");
  const format = useFormatter();
  return (
    <article className="rounded-md border border-slate-200 bg-white p-4" data-testid="other-verdict" aria-label={verdict.reviewer.name}>
      <header className="flex flex-wrap items-center gap-2 text-sm">
        <bdi className="font-medium text-slate-900">{verdict.reviewer.name}</bdi>
        <LabelBadge label={verdict.label} />
        <span className="ml-auto text-xs text-slate-500">
          {t("others.version", { version: verdict.version })} ·{" "}
          <time dateTime={verdict.updatedAt}>{t("others.updated", { date: format.dateTime(new Date(verdict.updatedAt), { dateStyle: "medium", timeStyle: "short" }) })}</time>
        </span>
      </header>
      {verdict.rationale && <p className="mt-2 text-sm whitespace-pre-line text-slate-800">{verdict.rationale}</p>}
      {verdict.evidence.length > 0 && (
        <ul className="mt-3 space-y-2">
          {verdict.evidence.map((e) => (
            <li key={e.id} className={`border-l-4 pl-3 text-sm ${e.stance === "SUPPORTS" ? "border-emerald-500" : "border-red-500"}`}>
              <p className="text-xs text-slate-600">
                <span className="font-medium">{t(`stances.${e.stance}`)}</span> · {e.sourceTitle}
              </p>
              <QuoteInContext exact={e.exact} prefix={e.prefix} suffix={e.suffix} lang={langs.get(e.sourceId)} tone={e.stance === "SUPPORTS" ? "supports" : "refutes"} />
              {e.note && <p className="text-xs text-slate-600 italic">{e.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
