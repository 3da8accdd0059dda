"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useRef, useState } from "react";
import type { TSourceRef } from "@/lib/claims/claim-context";
import type { TVerdictDto } from "@/lib/verdicts/dto";
import { formFromVerdict, isDirty, newEvidenceKey, serverFieldErrors, toSavePayload, validateVerdictForm, VERDICT_LABELS, type TClientErrorCode, type TFormEvidence, type TVerdictForm } from "@/lib/verdicts/verdict-form-model";
import { EvidenceList } from "./evidence-list";
import { LabelRadioGroup } from "./label-radio-group";
import { putVerdict } from "./put-verdict";
import { RationaleField } from "./rationale-field";
import type { TConflict } from "./save-conflict";
import { useVerdictShortcuts } from "./use-verdict-shortcuts";

// Loaded when first needed: the picker (with the annotation and matching code it brings) and the
// explanation of a refused save are not needed to read a claim or record a verdict, so they stay
// out of the review page's first-load JavaScript. Neither is rendered on the server: they only
// exist after a click, the `e` shortcut or a refused save.
const SaveConflict = lazy(() => import("./save-conflict").then((m) => ({ default: m.SaveConflict })));
const EvidencePicker = lazy(() => import("./evidence-picker").then((m) => ({ default: m.EvidencePicker })));

type Props = { claimId: string; initial: TVerdictDto | null; settled: boolean; evidenceSources: TSourceRef[]; previousId: string | null; nextId: string | null };

const CLIENT_MESSAGES: Record<TClientErrorCode, "form.labelMissing" | "form.rationaleMissing" | "evidence.orphanedError"> = {
  labelMissing: "form.labelMissing",
  rationaleMissing: "form.rationaleMissing",
  evidenceOrphaned: "evidence.orphanedError",
};

/**
 * The reviewer's own verdict. Saves carry the version the form was opened with (`baseVersion`), so a
 * save from a stale tab is refused by the server and shown here with the newer verdict to load.
 */
export function VerdictForm({ claimId, initial, settled, evidenceSources, previousId, nextId }: Props) {
  const t = useTranslations("claim");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const [form, setForm] = useState<TVerdictForm>(() => formFromVerdict(initial));
  const [saved, setSaved] = useState<TVerdictForm>(() => formFromVerdict(initial));
  const [baseVersion, setBaseVersion] = useState(initial?.version ?? 0);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [conflict, setConflict] = useState<TConflict | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [attempted, setAttempted] = useState(false);

  const locked = settled || conflict?.kind === "settled";
  const dirty = isDirty(form, saved);
  const clientErrors = attempted ? validateVerdictForm(form) : {};
  const errorFor = (key: string) => {
    const code = clientErrors[key];
    return code ? t(CLIENT_MESSAGES[code]) : serverErrors[key];
  };
  const langs = new Map(evidenceSources.map((s) => [s.id, s.lang]));

  const edit = (next: Partial<TVerdictForm>, clear: (key: string) => boolean) => {
    setForm((f) => ({ ...f, ...next }));
    setServerErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([key]) => !clear(key))));
    setSavedVersion(null);
  };
  const setEvidence = (evidence: TFormEvidence[]) => edit({ evidence }, (key) => key.startsWith("evidence."));

  const load = (verdict: TVerdictDto | null) => {
    const next = formFromVerdict(verdict);
    setForm(next);
    setSaved(next);
    setBaseVersion(verdict?.version ?? 0);
    setConflict(null);
    setServerErrors({});
    setAttempted(false);
  };

  const save = async () => {
    if (saving || locked) return;
    setAttempted(true);
    const errors = Object.keys(validateVerdictForm(form));
    if (errors.length > 0) return focusField(errors[0]!);
    setSaving(true);
    setSavedVersion(null);
    const result = await putVerdict(claimId, toSavePayload(form, baseVersion));
    setSaving(false);
    if (result.kind === "saved") {
      load(result.verdict);
      setSavedVersion(result.verdict.version);
      setPickerOpen(false);
      router.refresh();
    } else if (result.kind === "stale" || result.kind === "settled") {
      setConflict(result.kind === "stale" ? { kind: "stale", current: result.current } : { kind: "settled" });
    } else if (result.kind === "invalid") {
      const fields = serverFieldErrors(result.fields);
      setServerErrors(Object.keys(fields).length > 0 ? { form: t("form.fixErrors"), ...fields } : { form: result.message });
      const first = Object.keys(fields).find((key) => key !== "form");
      if (first) focusField(first);
    } else {
      setServerErrors({ form: `${t("form.failed")} ${result.message}` });
    }
  };

  const go = (id: string | null) => {
    if (!id || (dirty && !window.confirm(t("form.leaveUnsaved")))) return;
    router.push(`/claims/${id}`);
  };
  useVerdictShortcuts(formRef, {
    onLabel: (index) => !locked && edit({ label: VERDICT_LABELS[index] }, (key) => key === "label"),
    onEvidence: () => !locked && (pickerOpen ? selectRef.current?.focus() : setPickerOpen(true)),
    onSave: () => void save(),
    onNext: () => go(nextId),
    onPrevious: () => go(previousId),
  });

  return (
    <form ref={formRef} noValidate onSubmit={(e) => (e.preventDefault(), void save())} aria-labelledby="verdict-heading" data-testid="verdict-form" className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="verdict-heading" className="text-lg font-semibold">
        {baseVersion > 0 ? t("form.headingVersion", { version: baseVersion }) : t("form.heading")}
      </h2>
      {conflict && (
        <Suspense fallback={null}>
          <SaveConflict conflict={conflict} onLoad={load} />
        </Suspense>
      )}
      <LabelRadioGroup value={form.label} disabled={locked} error={errorFor("label")} onChange={(label) => edit({ label }, (key) => key === "label")} />
      <RationaleField label={form.label} value={form.rationale} disabled={locked} error={errorFor("rationale")} onChange={(rationale) => edit({ rationale }, (key) => key === "rationale")} />
      <section aria-labelledby="evidence-heading" className="space-y-2">
        <h3 id="evidence-heading" className="text-sm font-medium text-slate-800">{t("form.evidenceHeading")}</h3>
        <EvidenceList
          evidence={form.evidence}
          langs={langs}
          disabled={locked}
          errors={(index) => errorFor(`evidence.${index}`)}
          onChange={(index, patch) => setEvidence(form.evidence.map((e, i) => (i === index ? { ...e, ...patch } : e)))}
          onRemove={(index) => setEvidence(form.evidence.filter((_, i) => i !== index))}
        />
        {pickerOpen && !locked ? (
          <Suspense fallback={<EvidencePickerLoading />}>
            <EvidencePicker claimId={claimId} sources={evidenceSources} evidence={form.evidence} selectRef={selectRef} onClose={() => setPickerOpen(false)} onAdd={(passage) => setEvidence([...form.evidence, { ...passage, key: newEvidenceKey(passage.sourceId, passage.start ?? 0, passage.end ?? 0), note: "" }])} />
          </Suspense>
        ) : (
          <button type="button" disabled={locked} onClick={() => setPickerOpen(true)} className="rounded border border-dashed border-slate-400 px-3 py-1.5 text-sm text-slate-700 hover:border-slate-600 hover:bg-slate-50 disabled:opacity-50" data-testid="add-evidence">
            + {t("evidence.add")} <kbd className="ml-1 text-xs text-slate-500">e</kbd>
          </button>
        )}
      </section>
      {serverErrors.form && <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{serverErrors.form}</p>}
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
        <button type="submit" disabled={saving || locked} className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50" data-testid="save-verdict">
          {saving ? t("form.saving") : t("form.save")}
        </button>
        <span className="text-xs text-slate-500">Ctrl+Enter</span>
        <span role="status" className="text-sm" data-testid="save-status">
          {savedVersion !== null ? <span className="font-medium text-emerald-700">{t("form.saved", { version: savedVersion })}</span> : dirty ? <span className="text-amber-700">{t("form.unsaved")}</span> : null}
        </span>
      </div>
    </form>
  );
}

function EvidencePickerLoading() {
  const t = useTranslations("claim.evidence");
  return <p role="status" className="text-sm text-slate-500" data-testid="evidence-picker-loading">{t("pickerLoading")}</p>;
}

/** Moves the keyboard to the first field the reviewer has to fix. */
function focusField(key: string) {
  const id = key === "label" ? null : key === "rationale" ? "verdict-rationale" : `${key.replace(".", "-")}-note`;
  const element = id ? document.getElementById(id) : document.querySelector<HTMLInputElement>('input[name="verdict-label"]');
  element?.focus();
}
