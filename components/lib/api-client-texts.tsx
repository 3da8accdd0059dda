"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { setApiClientTexts } from "./api-client";

/**
 * apiFetch runs outside React, so it cannot ask next-intl for words itself: this hands it the
 * current language's wording for failures the server did not describe. Rendered once, in the root
 * layout; the effect runs in the browser only, where apiFetch does.
 */
export function ApiClientTexts() {
  const t = useTranslations("errors");
  useEffect(() => setApiClientTexts({ network: t("network"), httpStatus: (status) => t("httpStatus", { status }) }), [t]);
  return null;
}
