"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { TCreatedTokenDto } from "@/lib/tokens/dto";

/** The one moment the token is visible: read-only field, copy button, and a plain warning. */
export function NewTokenNotice({ created, onDone }: { created: TCreatedTokenDto; onDone: () => void }) {
  const t = useTranslations("tokens.created");
  const field = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  // Move focus here so keyboard and screen-reader users land on the token, not the vanished form.
  useEffect(() => heading.current?.focus(), []);

  async function copyToken() {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopy("copied");
    } catch {
      field.current?.select();
      setCopy("failed");
    }
  }

  return (
    <section aria-labelledby="new-token-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-5 shadow-sm" data-testid="new-token">
      <h2 id="new-token-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold text-amber-950 outline-none">
        {t("heading", { name: created.name })}
      </h2>
      <p className="mt-1 text-sm text-amber-900">{t("warning")}</p>
      <label htmlFor="new-token-value" className="mt-3 block text-sm font-medium text-amber-950">{t("label")}</label>
      <div className="mt-1 flex gap-2">
        <input
          id="new-token-value"
          ref={field}
          readOnly
          value={created.token}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          className="min-w-0 flex-1 rounded border border-amber-300 bg-white px-3 py-1.5 font-mono text-sm text-slate-900"
        />
        <button type="button" onClick={() => void copyToken()} className="rounded bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
          {t("copy")}
        </button>
      </div>
      <p aria-live="polite" className={`mt-2 min-h-5 text-sm ${copy === "failed" ? "text-red-700" : "text-emerald-800"}`}>
        {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : ""}
      </p>
      <button type="button" onClick={onDone} className="mt-2 rounded border border-amber-400 bg-white px-3 py-1.5 text-sm text-amber-950 hover:bg-amber-100">
        {t("done")}
      </button>
    </section>
  );
}
