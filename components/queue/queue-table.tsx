import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { TQueueItem } from "@/lib/assignments/assignments";

/** The reviewer's open work, oldest first, one row per claim with where it comes from. */
export function QueueTable({ items }: { items: TQueueItem[] }) {
  const t = useTranslations("queue");
  const format = useFormatter();
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm" data-testid="queue">
        <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="px-5 py-2 font-medium">{t("columns.claim")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("columns.source")}</th>
            <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">{t("columns.created")}</th>
            <th scope="col" className="px-5 py-2"><span className="sr-only">{t("open")}</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <tr key={item.claimId} className="align-top hover:bg-slate-50" data-testid="queue-item">
              <td className="px-5 py-3">
                <Link href={`/claims/${item.claimId}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {item.text}
                </Link>
                {item.assigned && (
                  <span className="ml-2 inline-block rounded-full border border-sky-300 bg-sky-50 px-2 py-0.5 align-middle text-xs font-medium text-sky-800" data-testid="assigned-badge">
                    {t("assigned")}
                  </span>
                )}
              </td>
              <td className="px-3 py-3 text-slate-700">
                <Link href={`/sources/${item.sourceId}?claim=${item.claimId}`} className="hover:text-brand-700 hover:underline">
                  {item.sourceTitle}
                </Link>
              </td>
              <td className="px-3 py-3 whitespace-nowrap text-slate-600">
                <time dateTime={item.createdAt}>{format.dateTime(new Date(item.createdAt), { dateStyle: "medium" })}</time>
              </td>
              <td className="px-5 py-3 text-right">
                <Link href={`/claims/${item.claimId}`} className="rounded bg-brand-600 px-3 py-1 text-xs font-medium whitespace-nowrap text-white hover:bg-brand-700">
                  {t("open")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
