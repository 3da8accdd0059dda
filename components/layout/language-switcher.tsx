"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { ApiError, apiFetch } from "@/components/lib/api-client";
import { useHydrated } from "@/components/lib/use-hydrated";
import { isLocale, LOCALES, type TLocale } from "@/lib/i18n/config";
import { readLocaleCookie, writeLocaleCookie } from "./locale-cookie";

type Props = {
  /** Signed in: the choice is also saved on the account, so it follows the member to other devices. */
  signedIn: boolean;
  /** The account's saved language, if any: the cookie is brought in line with it. */
  saved?: TLocale | null;
};

/** Each language is named in itself (简体中文, 繁體中文), so a reader finds theirs whatever the page shows. */
export function LanguageSwitcher({ signedIn, saved = null }: Props) {
  const t = useTranslations("nav");
  const tn = useTranslations("languages.native");
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Without JavaScript the select could change nothing: it stays disabled until it can.
  const hydrated = useHydrated();

  useEffect(() => {
    if (saved && readLocaleCookie() !== saved) writeLocaleCookie(saved);
  }, [saved]);

  async function choose(value: string) {
    if (!isLocale(value)) return;
    setError(null);
    if (signedIn) {
      try {
        await apiFetch("/api/v1/me/locale", { method: "PUT", body: { locale: value } });
      } catch (failure) {
        setError(t("languageFailed", { message: failure instanceof ApiError ? failure.message : String(failure) }));
        return;
      }
    }
    writeLocaleCookie(value);
    startTransition(() => router.refresh());
  }

  return (
    <span className="inline-flex items-center gap-2">
      <label htmlFor="language-switcher" className="sr-only">{t("language")}</label>
      <select
        id="language-switcher"
        value={locale}
        disabled={!hydrated || pending}
        onChange={(event) => void choose(event.target.value)}
        aria-describedby={error ? "language-switcher-error" : undefined}
        data-testid="language-switcher"
        className="rounded border border-slate-300 bg-white px-1.5 py-1 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>{tn(l)}</option>
        ))}
      </select>
      {error && <span id="language-switcher-error" role="alert" className="text-xs text-red-700">{error}</span>}
    </span>
  );
}
