import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { requireActor } from "@/lib/server/auth";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("password"))("title") };
}

export default async function PasswordPage() {
  const actor = await requireActor();
  const t = await getTranslations("password");
  return (
    <PageShell actor={actor}>
      <div className="mb-6 max-w-3xl">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <ChangePasswordForm />
    </PageShell>
  );
}
