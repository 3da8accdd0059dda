import { useFormatter, useTranslations } from "next-intl";
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
            const name = entry.reviewer.name;
            const text =
              entry.from === null
                ? t("history.created", { name, to: label(entry.to) })
                : entry.from === entry.to
                  ? t("history.resaved", { name, to: label(entry.to) })
                  : t("history.changed", { name, from: label(entry.from), to: label(entry.to) });
            return (
              <li key={`${entry.verdictId}:${entry.version}`} className="relative" data-testid="history-entry">
                <span aria-hidden="true" className="absolute top-2 -left-[1.3rem] h-2 w-2 rounded-full bg-slate-400" />
                <span className="text-slate-800">{text}</span>{" "}
                <time dateTime={entry.at} className="text-xs text-slate-500">
                  {format.dateTime(new Date(entry.at), { dateStyle: "medium", timeStyle: "short" })} · v{entry.version}
                </time>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
