import { useTranslations } from "next-intl";
import type { TVerdictDto } from "@/lib/verdicts/dto";
import { VerdictCard } from "./verdict-card";

type Props = { others: TVerdictDto[] | null; hiddenCount: number; langs: Map<string, string> };

/** Others' verdicts, or — under blind review, before one's own — only how many there are. */
export function OtherVerdicts({ others, hiddenCount, langs }: Props) {
  const t = useTranslations("claim.others");
  return (
    <section aria-labelledby="others-heading" className="space-y-3" data-testid="other-verdicts">
      <h2 id="others-heading" className="text-lg font-semibold">{t("heading")}</h2>
      {others === null ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-slate-50 p-4 text-sm text-slate-700" data-testid="blind-notice">
          {t("hidden", { count: hiddenCount })} <span className="text-slate-500">{t("blindNote")}</span>
        </p>
      ) : others.length === 0 ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        others.map((verdict) => <VerdictCard key={verdict.id} verdict={verdict} langs={langs} />)
      )}
    </section>
  );
}
