import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { loadMessages } from "./catalogue";
import { LOCALE_COOKIE, resolveLocale } from "./config";
import { getSavedLocale } from "./saved-locale";

// Signed in: the language saved on the account. Otherwise (login, the public pages): the cookie
// the language switcher sets, then the browser's Accept-Language.
export default getRequestConfig(async () => {
  const [saved, cookieStore, headerStore] = await Promise.all([getSavedLocale(), cookies(), headers()]);
  const locale = resolveLocale({ saved, cookie: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerStore.get("accept-language") });
  return {
    locale,
    timeZone: "UTC",
    messages: await loadMessages(locale),
  };
});
