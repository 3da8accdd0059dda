"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { TCreatedInvitation } from "./invite-form";

/** The one moment the link is visible: read-only field, copy button, when it expires. */
export function InvitationNotice({ invitation, onDone }: { invitation: TCreatedInvitation; onDone: () => void }) {
  const t = useTranslations("admin.created");
  const format = useFormatter();
  const field = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => heading.current?.focus(), []);

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(invitation.url);
      setCopy("copied");
    } catch {
      field.current?.select();
      setCopy("failed");
    }
  }

  const expires = format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="invitation-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-5 shadow-sm" data-testid="new-invitation">
      <h2 id="invitation-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold text-amber-950 outline-none">
        {t("heading", { email: invitation.email })}
      </h2>
      <p className="mt-1 text-sm text-amber-900">{t("warning", { email: invitation.email, expires })}</p>
      <label htmlFor="invitation-link" className="mt-3 block text-sm font-medium text-amber-950">{t("label")}</label>
      <div className="mt-1 flex gap-2">
        <input
          id="invitation-link"
          ref={field}
          readOnly
          value={invitation.url}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          className="min-w-0 flex-1 rounded border border-amber-300 bg-white px-3 py-1.5 font-mono text-sm text-slate-900"
        />
        <button type="button" onClick={() => void copyLink()} className="rounded bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700">
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
