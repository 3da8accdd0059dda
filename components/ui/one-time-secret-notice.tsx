"use client";

import { useEffect, useRef, useState } from "react";

export type TSecretNoticeText = { heading: string; warning: string; label: string; copy: string; copied: string; copyFailed: string; done: string };

/**
 * The one moment a secret (an API token, an invitation link) is visible: a read-only field, a copy
 * button that falls back to selecting the text, and a plain warning. Focus moves here so keyboard
 * and screen-reader users land on the secret, not on the form that vanished.
 */
export function OneTimeSecretNotice({ secret, fieldId, testId, text, onDone }: { secret: string; fieldId: string; testId: string; text: TSecretNoticeText; onDone: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => heading.current?.focus(), []);

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy("copied");
    } catch {
      field.current?.select();
      setCopy("failed");
    }
  }

  return (
    <section aria-labelledby={`${fieldId}-heading`} className="rounded-lg border border-amber-300 bg-amber-50 p-5 shadow-sm" data-testid={testId}>
      <h2 id={`${fieldId}-heading`} ref={heading} tabIndex={-1} className="text-lg font-semibold text-amber-950 outline-none">
        {text.heading}
      </h2>
      <p className="mt-1 text-sm text-amber-900">{text.warning}</p>
      <label htmlFor={fieldId} className="mt-3 block text-sm font-medium text-amber-950">{text.label}</label>
      <div className="mt-1 flex gap-2">
        <input
          id={fieldId}
          ref={field}
          readOnly
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          className="min-w-0 flex-1 rounded border border-amber-300 bg-white px-3 py-1.5 font-mono text-sm text-slate-900"
        />
        <button type="button" onClick={() => void copySecret()} className="rounded bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {text.copy}
        </button>
      </div>
      <p aria-live="polite" className={`mt-2 min-h-5 text-sm ${copy === "failed" ? "text-red-700" : "text-emerald-800"}`}>
        {copy === "copied" ? text.copied : copy === "failed" ? text.copyFailed : ""}
      </p>
      <button type="button" onClick={onDone} className="mt-2 rounded border border-amber-400 bg-white px-3 py-1.5 text-sm text-amber-950 hover:bg-amber-100">
        {text.done}
      </button>
    </section>
  );
}
