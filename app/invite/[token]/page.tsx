import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/invite/accept-invitation-form";
import { db } from "@/lib/server/db";
import { getInvitation } from "@/lib/users/get-invitation";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // The token is a credential: keep the page out of search engines and referrers.
  return { title: (await getTranslations("invite"))("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

type Props = { params: Promise<{ token: string }> };

/** Public: anyone holding the link may use it once, within 7 days. */
export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const [t, tc, tr, invitation] = await Promise.all([getTranslations("invite"), getTranslations("app"), getTranslations("roles"), getInvitation({ db, token })]);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold tracking-tight text-brand-700">{tc("name")}</p>
        {invitation.status === "valid" ? (
          <>
            <h1 className="mt-1 mb-2 text-xl font-semibold">{t("title")}</h1>
            <p className="mb-6 text-sm text-slate-600">{t.rich("intro", { role: tr(invitation.role), email: invitation.email, strong: (c) => <strong>{c}</strong> })}</p>
            <AcceptInvitationForm token={token} />
          </>
        ) : (
          <>
            <h1 className="mt-1 mb-2 text-xl font-semibold">{t("invalidTitle")}</h1>
            <p role="alert" data-testid="invitation-invalid" className="text-slate-700">{t(invitation.status)}</p>
            <Link href="/login" className="mt-6 inline-block text-brand-700 hover:underline">{t("signIn")}</Link>
          </>
        )}
      </div>
    </main>
  );
}
