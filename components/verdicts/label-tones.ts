import type { TLabel } from "@/lib/verdicts/verdict-form-model";

// Green / amber / red, the convention fact-checkers read at a glance; text stays dark enough for
// WCAG AA contrast on the tinted backgrounds, and the label is always written out, never colour alone.
export const LABEL_TONES: Record<TLabel, { badge: string; option: string; dot: string }> = {
  CORROBORATED: {
    badge: "border-emerald-300 bg-emerald-50 text-emerald-800",
    option: "has-checked:border-emerald-600 has-checked:bg-emerald-50 has-checked:ring-emerald-600",
    dot: "bg-emerald-600",
  },
  CONTESTED: {
    badge: "border-amber-300 bg-amber-50 text-amber-900",
    option: "has-checked:border-amber-500 has-checked:bg-amber-50 has-checked:ring-amber-500",
    dot: "bg-amber-500",
  },
  CONTRADICTED: {
    badge: "border-red-300 bg-red-50 text-red-800",
    option: "has-checked:border-red-600 has-checked:bg-red-50 has-checked:ring-red-600",
    dot: "bg-red-600",
  },
};
