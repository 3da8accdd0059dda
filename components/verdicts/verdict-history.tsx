import { useFormatter, useTranslations } from "next-intl";
import { IsolatedText } from "@/components/ui/isolated-text";
import type { TVerdictRevisionDto } from "@/lib/verdicts/list-verdicts";

/** Every save of every visible verdict, oldest first: who moved the label from what to what. */
export function VerdictHistory({ history }: { history: TVerdictRevisionDto[] }) {
  const t = useTranslations("claim");
  const format = useFormatter();
  const label = (value: TVerdictRevisionDto["to"]) => t(`labels.${value}`);
  return (
    <section aria-labelledby="history-heading" data-testid="verdict-history">
      <h2 id="history-heading" className="text-lg font-semibold">{t("history.heading")}</h2>
      {history.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("history.empty")}</p>
      ) : (
        <ol className="mt-2 space-y-1.5 border-l border-slate-200 pl-4 text-sm">
          {history.map((entry) => {
            const text = ([name]: string[]) =>
              entry.from === null
                ? t("history.created", { name: name!, to: label(entry.to) })
                : entry.from === entry.to
                  ? t("history.resaved", { name: name!, to: label(entry.to) })
                  : t("history.changed", { name: name!, from: label(entry.from), to: label(entry.to) });
            return (
              <li key={`${entry.verdictId}:${entry.version}`} className="relative" data-testid="history-entry">
                <span aria-hidden="true" className="absolute top-2 -left-[1.3rem] h-2 w-2 rounded-full bg-slate-400" />
                <span className="text-slate-800"><IsolatedText values={[entry.reviewer.name]} render={text} /></span>{" "}
                <time dateTime={entry.at} className="text-xs text-slate-500">
                  {format.dateTime(new Date(entry.at), { dateStyle: "medium", timeStyle: "short" })} · {t("history.version", { version: entry.version })}
                </time>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
