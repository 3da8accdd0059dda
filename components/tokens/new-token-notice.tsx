"use client";

import { useTranslations } from "next-intl";
import { OneTimeSecretNotice } from "@/components/ui/one-time-secret-notice";
import type { TCreatedTokenDto } from "@/lib/tokens/dto";

/** The one moment the token is visible. */
export function NewTokenNotice({ created, onDone }: { created: TCreatedTokenDto; onDone: () => void }) {
  const t = useTranslations("tokens.created");
  const text = {
    heading: t("heading", { name: created.name }),
    warning: t("warning"),
    label: t("label"),
    copy: t("copy"),
    copied: t("copied"),
    copyFailed: t("copyFailed"),
    done: t("done"),
  };
  return <OneTimeSecretNotice secret={created.token} fieldId="new-token-value" testId="new-token" text={text} onDone={onDone} />;
}
