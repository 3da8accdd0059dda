import Link from "next/link";
import { useTranslations } from "next-intl";

type Props = { previousId: string | null; nextId: string | null };

/** Previous / next claim of the investigation in creation order (also k / j on the keyboard). */
export function ClaimPager({ previousId, nextId }: Props) {
  const t = useTranslations("claim.pager");
  const base = "inline-flex items-center gap-1.5 rounded border px-2.5 py-1 text-sm";
  const item = (id: string | null, rel: "prev" | "next", label: string, key: string) =>
    id ? (
      <Link href={`/claims/${id}`} rel={rel} className={`${base} border-slate-300 bg-white text-slate-700 hover:bg-slate-100`} data-testid={`${rel}-claim`}>
        {rel === "prev" && "← "}
        {label}
        {rel === "next" && " →"}
        <kbd className="text-xs text-slate-400">{key}</kbd>
      </Link>
    ) : (
      <span aria-disabled="true" className={`${base} border-slate-200 text-slate-400`}>
        {label}
      </span>
    );
  return (
    <nav aria-label={t("label")} className="flex gap-2">
      {item(previousId, "prev", t("previous"), "k")}
      {item(nextId, "next", t("next"), "j")}
    </nav>
  );
}
