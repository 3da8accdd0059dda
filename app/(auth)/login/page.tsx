import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { getActor } from "@/lib/server/auth";
import { sameSitePath } from "@/lib/server/same-site-path";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("login"))("title") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: anything else would make the login page an open redirect.
  const target = sameSitePath(callbackUrl);
  if (await getActor()) redirect(target);
  const t = await getTranslations();
  return (
    <main id="main" className="relative flex min-h-screen items-center justify-center px-4">
      <div className="absolute top-4 right-4">
        <LanguageSwitcher signedIn={false} />
      </div>
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold tracking-tight text-brand-700">{t("app.name")}</p>
        <h1 className="mt-1 mb-6 text-xl font-semibold">{t("login.title")}</h1>
        <LoginForm callbackUrl={target} />
      </div>
    </main>
  );
}
