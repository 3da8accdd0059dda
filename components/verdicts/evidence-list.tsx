"use client";

import { useTranslations } from "next-intl";
import type { TFormEvidence } from "@/lib/verdicts/verdict-form-model";
import { EvidenceItem } from "./evidence-item";

type Props = {
  evidence: TFormEvidence[];
  langs: Map<string, string>;
  disabled: boolean;
  errors: (index: number) => string | undefined;
  onChange: (index: number, patch: Partial<Pick<TFormEvidence, "stance" | "note">>) => void;
  onRemove: (index: number) => void;
};

export function EvidenceList({ evidence, langs, disabled, errors, onChange, onRemove }: Props) {
  const t = useTranslations("claim");
  if (evidence.length === 0) return <p className="text-sm text-slate-500">{t("form.evidenceEmpty")}</p>;
  return (
    <ul aria-label={t("evidence.listLabel")} className="space-y-2" data-testid="evidence-list">
      {evidence.map((item, index) => (
        <EvidenceItem
          key={item.key}
          item={item}
          index={index}
          lang={langs.get(item.sourceId)}
          disabled={disabled}
          error={errors(index)}
          onChange={(patch) => onChange(index, patch)}
          onRemove={() => onRemove(index)}
        />
      ))}
    </ul>
  );
}
