import type { TLabel } from "@/lib/dashboard/aggregate";

const COLORS: Record<TLabel, string> = { CORROBORATED: "bg-emerald-600", CONTESTED: "bg-amber-500", CONTRADICTED: "bg-red-600" };

/** A small stacked bar of verdict counts; the numbers are in the accessible label and the title. */
export function VerdictBar({ counts, labels }: { counts: Record<TLabel, number>; labels: Record<TLabel, string> }) {
  const total = counts.CORROBORATED + counts.CONTESTED + counts.CONTRADICTED;
  const description = (Object.keys(COLORS) as TLabel[]).map((l) => `${labels[l]} ${counts[l]}`).join(", ");
  return (
    <div className="flex items-center gap-2" title={description}>
      <div role="img" aria-label={description} className="flex h-2.5 w-24 overflow-hidden rounded-full bg-slate-200">
        {total > 0 && (Object.keys(COLORS) as TLabel[]).map((label) => (counts[label] ? <span key={label} className={COLORS[label]} style={{ width: `${(100 * counts[label]) / total}%` }} /> : null))}
      </div>
      <span className="text-xs tabular-nums text-slate-600">
        {counts.CORROBORATED}/{counts.CONTESTED}/{counts.CONTRADICTED}
      </span>
    </div>
  );
}
