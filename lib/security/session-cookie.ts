/**
 * next-auth's session cookie, spelled out rather than left to defaults so the policy is visible and
 * tested: HttpOnly (no script reads it, so an XSS cannot steal the session), SameSite=Lax (not sent
 * on cross-site POSTs), and behind HTTPS Secure with the `__Secure-` prefix, which browsers refuse
 * to accept from plain HTTP, so a network attacker cannot plant one. The names are next-auth's own
 * defaults, which `getToken` in proxy.ts also derives from NEXTAUTH_URL.
 */
export type TSessionCookie = {
  name: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean };
};

export function usesSecureCookies(nextAuthUrl: string | undefined): boolean {
  return nextAuthUrl?.startsWith("https://") ?? false;
}

export function sessionCookie(secure: boolean): TSessionCookie {
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure },
  };
}
