import { getFormatter, getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { LabelBadge } from "@/components/verdicts/label-badge";
import { listCorrections } from "@/lib/adjudication/list-corrections";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import type { TLabel } from "@/lib/dashboard/aggregate";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("corrections"))("title") };
}

/** Public by design: readers must be able to see what the desk corrected and why. */
export default async function CorrectionsPage() {
  const [actor, t, format, corrections] = await Promise.all([getActor(), getTranslations("corrections"), getFormatter(), listCorrections({ db, input: {} })]);
  const content = (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-2xl text-slate-600">{t("intro")}</p>
      {corrections.length === 0 ? (
        <p className="text-slate-500">{t("empty")}</p>
      ) : (
        <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm" data-testid="corrections">
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">{t("claim")}</th>
              <th scope="col" className="px-3 py-2">{t("change")}</th>
              <th scope="col" className="px-3 py-2">{t("why")}</th>
              <th scope="col" className="px-3 py-2">{t("who")}</th>
              <th scope="col" className="px-3 py-2">{t("when")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {corrections.map((c) => (
              <tr key={c.id} className="align-top" data-testid="correction">
                <td className="max-w-sm px-3 py-2">
                  <div className="font-medium">{c.claimText}</div>
                  <div className="text-xs text-slate-500">{c.sourceTitle}</div>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <LabelBadge label={c.from as TLabel} /> → <LabelBadge label={c.to as TLabel} />
                </td>
                <td className="max-w-md px-3 py-2 whitespace-pre-line">{c.note}</td>
                <td className="px-3 py-2">{c.editor ?? "—"}</td>
                <td className="px-3 py-2 whitespace-nowrap"><time dateTime={c.at}>{format.dateTime(new Date(c.at), { dateStyle: "medium", timeStyle: "short" })}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
  return actor ? <PageShell actor={actor}>{content}</PageShell> : <main id="main" className="mx-auto max-w-6xl px-4 py-8">{content}</main>;
}
