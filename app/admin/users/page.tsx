import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountManager } from "@/components/admin/account-manager";
import { PageShell } from "@/components/layout/page-shell";
import { requireActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { listAccounts } from "@/lib/users/list-accounts";
import { canManageUsers } from "@/lib/users/permissions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminUsersPage() {
  const actor = await requireActor();
  // Not an admin: the page does not exist for them (404), rather than advertising it with a 403.
  if (!canManageUsers(actor)) notFound();
  const [t, { users, invitations }] = await Promise.all([getTranslations("admin"), listAccounts({ db, actor })]);
  return (
    <PageShell actor={actor} wide>
      <div className="mb-6 max-w-3xl">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <AccountManager users={users} invitations={invitations} actorId={actor.id} />
    </PageShell>
  );
}
