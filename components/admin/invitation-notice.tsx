"use client";

import { useFormatter, useTranslations } from "next-intl";
import { OneTimeSecretNotice } from "@/components/ui/one-time-secret-notice";
import type { TCreatedInvitation } from "./invite-form";

/** The one moment the invitation link is visible, with when it expires. */
export function InvitationNotice({ invitation, onDone }: { invitation: TCreatedInvitation; onDone: () => void }) {
  const t = useTranslations("admin.created");
  const format = useFormatter();
  const expires = format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium", timeStyle: "short" });
  const text = {
    heading: t("heading", { email: invitation.email }),
    warning: t("warning", { email: invitation.email, expires }),
    label: t("label"),
    copy: t("copy"),
    copied: t("copied"),
    copyFailed: t("copyFailed"),
    done: t("done"),
  };
  return <OneTimeSecretNotice secret={invitation.url} fieldId="invitation-link" testId="new-invitation" text={text} onDone={onDone} />;
}
