import { useTranslations } from "next-intl";
import type { TLabel } from "@/lib/verdicts/verdict-form-model";
import { LABEL_TONES } from "./label-tones";

export function LabelBadge({ label }: { label: TLabel }) {
  const t = useTranslations("claim.labels");
  return (
    <span data-testid="label-badge" data-label={label} className={`inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-semibold ${LABEL_TONES[label].badge}`}>
      <span aria-hidden="true" className={`h-1.5 w-1.5 rounded-full ${LABEL_TONES[label].dot}`} />
      {t(label)}
    </span>
  );
}
