import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/search/search-box";
import { IsolatedText } from "@/components/ui/isolated-text";
import { canEditEntities } from "@/lib/entities/permissions";
import type { Actor } from "@/lib/auth/actor";
import { getSavedLocale } from "@/lib/i18n/saved-locale";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader({ actor, wide = false }: { actor: Actor; wide?: boolean }) {
  const [t, saved] = await Promise.all([getTranslations(), getSavedLocale()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("nav.skipToContent")}
      </a>
      <div className={`mx-auto flex flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 ${wide ? "max-w-[96rem]" : "max-w-6xl"}`}>
        <Link href="/" className="text-lg font-semibold tracking-tight text-brand-700">
          {t("app.name")}
        </Link>
        <nav className="flex flex-wrap gap-x-4 gap-y-1 text-sm whitespace-nowrap">
          <Link href="/" className="text-slate-700 hover:text-brand-700">
            {t("nav.investigations")}
          </Link>
          <Link href="/queue" className="text-slate-700 hover:text-brand-700">
            {t("nav.queue")}
          </Link>
          <Link href="/dashboard" className="text-slate-700 hover:text-brand-700">
            {t("nav.dashboard")}
          </Link>
          <Link href="/corrections" className="text-slate-700 hover:text-brand-700">
            {t("nav.corrections")}
          </Link>
          {canEditEntities(actor) && <Link href="/entities" className="text-slate-700 hover:text-brand-700">{t("entities.nav")}</Link>}
          {actor.role === "ADMIN" && (
            <Link href="/admin/users" className="text-slate-700 hover:text-brand-700">
              {t("nav.admin")}
            </Link>
          )}
        </nav>
        <SearchBox />
        {/* Words never break inside an item: a long language wraps whole items onto a second row. */}
        <div className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-1 text-sm whitespace-nowrap" data-testid="current-user">
          <span className="text-slate-700"><IsolatedText values={[actor.name]} render={([name]) => t("nav.signedInAs", { name: name! })} /></span>
          <span className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium uppercase tracking-wide text-slate-600">
            {t(`roles.${actor.role}`)}
          </span>
          <Link href="/settings/tokens" className="text-slate-700 hover:text-brand-700">
            {t("nav.tokens")}
          </Link>
          <Link href="/settings/password" className="text-slate-700 hover:text-brand-700">
            {t("nav.password")}
          </Link>
          <LanguageSwitcher signedIn saved={saved} />
          <SignOutButton label={t("nav.signOut")} />
        </div>
      </div>
    </header>
  );
}
