"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";

/**
 * In production the browser never sees a server error's message, so this asks the health check
 * whether the database is the cause and, if so, says so instead of "something went wrong".
 */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  const router = useRouter();
  const [databaseDown, setDatabaseDown] = useState(false);
  // The error came from the server: re-fetch the page's server part, not only re-render this boundary.
  const retry = () => startTransition(() => (router.refresh(), reset()));
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" })
      .then(async (response) => setDatabaseDown(response.status === 503 && (await response.json()).database === "unreachable"))
      .catch(() => undefined);
  }, []);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center" data-testid={databaseDown ? "error-database" : "error-generic"}>
      <h1 className="text-2xl font-semibold">{t(databaseDown ? "databaseTitle" : "genericTitle")}</h1>
      <p className="mt-2 text-slate-600">{t(databaseDown ? "database" : "generic")}</p>
      <button type="button" onClick={retry} className="mt-6 rounded border border-slate-300 px-4 py-2 hover:bg-slate-100">
        {t("retry")}
      </button>
    </main>
  );
}
