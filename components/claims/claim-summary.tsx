import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { TClaimContext } from "@/lib/claims/claim-context";
import type { TClaimDto } from "@/lib/claims/dto";
import { IsolatedText } from "@/components/ui/isolated-text";
import { QuoteInContext } from "./quote-in-context";

/** The claim as a statement, the words it was pinned to (in context), and where they come from. */
export function ClaimSummary({ claim, context }: { claim: TClaimDto; context: TClaimContext }) {
  const t = useTranslations("claim");
  const format = useFormatter();
  const date = format.dateTime(new Date(claim.createdAt), { dateStyle: "medium", timeStyle: "short" });
  const sourceHref = `/sources/${claim.sourceId}?claim=${claim.id}`;
  return (
    <header className="space-y-4" data-testid="claim-summary">
      <p className="text-sm text-slate-500">
        <bdi>{context.investigation.name}</bdi> ·{" "}
        <Link href={sourceHref} lang={context.source.lang} className="text-brand-700 hover:underline">
          <bdi>{context.source.title}</bdi>
        </Link>
      </p>
      <h1 className="text-2xl leading-snug font-semibold text-slate-900" data-testid="claim-text">{claim.text}</h1>
      {claim.orphaned && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="orphaned-warning">
          {t("orphaned")}
        </p>
      )}
      <figure className="rounded-lg border border-slate-200 bg-white p-4">
        <figcaption className="mb-2 flex flex-wrap items-baseline gap-2 text-xs font-medium tracking-wide text-slate-500 uppercase">
          {t("quoteHeading")}
          <Link href={sourceHref} className="ml-auto normal-case tracking-normal text-brand-700 hover:underline" data-testid="source-link">
            {t("openInSource")} →
          </Link>
        </figcaption>
        <QuoteInContext exact={claim.selector.exact} prefix={claim.selector.prefix} suffix={claim.selector.suffix} lang={context.source.lang} className="font-serif text-[1.0625rem] text-slate-900" />
      </figure>
      <p className="text-xs text-slate-500">
        {claim.createdBy ? <IsolatedText values={[claim.createdBy.name]} render={([name]) => t("createdBy", { name: name!, date })} /> : t("createdByUnknown", { date })}
      </p>
    </header>
  );
}
