// The verdict form's state and its translation to and from the API, kept pure so the rules the
// form enforces before saving (the same as the server's) are unit-tested without a browser.
import type { TVerdictDto } from "./dto";

export const VERDICT_LABELS = ["CORROBORATED", "CONTESTED", "CONTRADICTED"] as const;
export type TLabel = (typeof VERDICT_LABELS)[number];
export type TStance = "SUPPORTS" | "REFUTES";

export type TFormEvidence = {
  /** Stable React key: the saved row's id, or the passage's place for a new one. */
  key: string;
  sourceId: string;
  sourceTitle: string;
  /** Code points; null when re-anchoring lost the passage (it must be removed or cited again). */
  start: number | null;
  end: number | null;
  exact: string;
  prefix: string;
  suffix: string;
  stance: TStance;
  note: string;
};

export type TVerdictForm = { label: TLabel | null; rationale: string; evidence: TFormEvidence[] };

/** Problems the form reports before sending; the component translates the codes. */
export type TClientErrorCode = "labelMissing" | "rationaleMissing" | "evidenceOrphaned";

export const rationaleRequired = (label: TLabel | null) => label === "CONTESTED" || label === "CONTRADICTED";

export function formFromVerdict(verdict: TVerdictDto | null): TVerdictForm {
  if (!verdict) return { label: null, rationale: "", evidence: [] };
  return {
    label: verdict.label,
    rationale: verdict.rationale,
    evidence: verdict.evidence.map((e) => ({
      key: e.id,
      sourceId: e.sourceId,
      sourceTitle: e.sourceTitle,
      start: e.start,
      end: e.end,
      exact: e.exact,
      prefix: e.prefix,
      suffix: e.suffix,
      stance: e.stance,
      note: e.note,
    })),
  };
}

export function newEvidenceKey(sourceId: string, start: number, end: number): string {
  return `new:${sourceId}:${start}-${end}`;
}

/** The same words of the same source cited twice would only repeat themselves. */
export function isAlreadyCited(evidence: TFormEvidence[], candidate: { sourceId: string; start: number; end: number }): boolean {
  return evidence.some((e) => e.sourceId === candidate.sourceId && e.start === candidate.start && e.end === candidate.end);
}

export function validateVerdictForm(form: TVerdictForm): Record<string, TClientErrorCode> {
  const errors: Record<string, TClientErrorCode> = {};
  if (!form.label) errors.label = "labelMissing";
  if (rationaleRequired(form.label) && form.rationale.trim() === "") errors.rationale = "rationaleMissing";
  form.evidence.forEach((e, index) => {
    if (e.start === null || e.end === null) errors[`evidence.${index}`] = "evidenceOrphaned";
  });
  return errors;
}

/** The PUT body; call only after validateVerdictForm found nothing (label set, passages anchored). */
export function toSavePayload(form: TVerdictForm, baseVersion: number) {
  if (!form.label) throw new Error("toSavePayload needs a label");
  return {
    label: form.label,
    rationale: form.rationale.trim(),
    evidence: form.evidence.map((e) => ({
      sourceId: e.sourceId,
      start: e.start ?? 0,
      end: e.end ?? 0,
      exact: e.exact,
      prefix: e.prefix,
      suffix: e.suffix,
      stance: e.stance,
      ...(e.note.trim() ? { note: e.note.trim() } : {}),
    })),
    baseVersion,
  };
}

/**
 * The server names fields by path ("rationale", "evidence.2.sourceId", "evidence.2"); the form shows
 * one message per rationale and per cited passage, and anything else above the save button.
 */
export function serverFieldErrors(fields: { path: string; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { path, message } of fields) {
    const evidence = /^evidence\.(\d+)/.exec(path);
    const key = path === "rationale" || path === "label" ? path : evidence ? `evidence.${evidence[1]}` : "form";
    errors[key] ??= message;
  }
  return errors;
}

/** Whether the form differs from what was last saved (ignoring surrounding whitespace). */
export function isDirty(form: TVerdictForm, saved: TVerdictForm): boolean {
  const comparable = (f: TVerdictForm) =>
    JSON.stringify([f.label, f.rationale.trim(), f.evidence.map((e) => [e.sourceId, e.start, e.end, e.stance, e.note.trim()])]);
  return comparable(form) !== comparable(saved);
}
