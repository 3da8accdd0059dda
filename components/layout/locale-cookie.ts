import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, type TLocale } from "@/lib/i18n/config";

// A preference, not a credential: readable by the page so the switcher can keep it in step with
// the account's saved language, which is what the login page shows after signing out.

export function readLocaleCookie(): string | null {
  const match = document.cookie.split("; ").find((part) => part.startsWith(`${LOCALE_COOKIE}=`));
  return match ? decodeURIComponent(match.slice(LOCALE_COOKIE.length + 1)) : null;
}

export function writeLocaleCookie(locale: TLocale): void {
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${LOCALE_COOKIE}=${encodeURIComponent(locale)}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure}`;
}
