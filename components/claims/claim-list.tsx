"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TClaimDto } from "@/lib/claims/dto";

type Props = { claims: TClaimDto[]; activeId: string | null; lang: string; onFocus: (id: string) => void };

/** Claims on this source in reading order; orphans (lost in a re-import) last, with their saved quote. */
export function ClaimList({ claims, activeId, lang, onFocus }: Props) {
  const t = useTranslations("sourceClaims");
  const placed = claims.filter((c) => !c.orphaned).sort((a, b) => (a.selector.start ?? 0) - (b.selector.start ?? 0));
  const orphans = claims.filter((c) => c.orphaned);
  if (claims.length === 0) return <p className="text-sm text-slate-500">{t("none")}</p>;
  return (
    <ol className="space-y-2" data-testid="claim-list">
      {[...placed, ...orphans].map((claim) => (
        <li key={claim.id} data-testid="claim-item" data-claim-id={claim.id}>
          <div className={`rounded border p-3 text-sm ${claim.id === activeId ? "border-sky-400 bg-sky-50" : "border-slate-200 bg-white"}`}>
            <button type="button" onClick={() => onFocus(claim.id)} lang={lang} className="text-left text-slate-900 hover:text-brand-700" disabled={claim.orphaned}>
              {claim.text}
            </button>
            {claim.orphaned && (
              <p className="mt-1 text-xs text-amber-800" data-testid="orphaned">
                {t("orphaned")} <q lang={lang}>{claim.selector.exact}</q>
              </p>
            )}
            <div className="mt-2 flex items-center justify-between text-xs text-slate-500">
              <span>{t("counts", { verdicts: claim.verdictCount, comments: claim.commentCount })}</span>
              <Link href={`/claims/${claim.id}`} className="font-medium text-brand-700 hover:underline">{t("open")}</Link>
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
