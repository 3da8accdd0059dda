import type { TDesk, TWho } from "./authz-desk";
import type { TSend } from "./http";

// The vocabulary of the authorization table: who gets which answer. A new route is one row built
// from these (see authz-routes.ts); the matrix test fails until it has one, e.g.
//   { route: "GET /api/v1/users", expect: sessions(admins(200)) },
//   { route: "/admin/users", expect: { ...memberPages(200), reviewer: "denied", other: "denied", editor: "denied" } },

/** An HTTP status, or for pages where a redirect leads ("login", "home") or a refusal in place ("denied": a data-testid ending in "not-allowed"). */
export type TOutcome = number | "login" | "home" | "denied" | `offsite ${string}`;
export type TExpect = Record<TWho, TOutcome>;

const UNAUTHENTICATED = { anonymous: 401, deactivatedSession: 401, deactivatedToken: 401, revokedToken: 401 } as const;

/** Anyone, signed in or not (health, the API description, next-auth). */
export const everyone = (ok: TOutcome): TExpect => ({ anonymous: ok, reviewer: ok, other: ok, editor: ok, admin: ok, token: ok, deactivatedSession: ok, deactivatedToken: ok, revokedToken: ok });

/** Every active member, by session or token; 401 without valid credentials. */
export const members = (ok: TOutcome): TExpect => ({ ...UNAUTHENTICATED, reviewer: ok, other: ok, editor: ok, admin: ok, token: ok });

/** Editors and admins; reviewers (also by their token) 403. */
export const editors = (ok: TOutcome): TExpect => ({ ...members(ok), reviewer: 403, other: 403, token: 403 });

/** Admins only; editors and reviewers 403 (account management). */
export const admins = (ok: TOutcome): TExpect => ({ ...editors(ok), editor: 403 });

/** Only a signed-in browser session: bearer tokens get 401 (they cannot manage tokens). */
export const sessions = (expect: TExpect): TExpect => ({ ...expect, token: 401 });

/** Signed-in pages: without a valid session the proxy or the page sends the visitor to /login. */
export const memberPages = (ok: TOutcome): TExpect => ({ anonymous: "login", reviewer: ok, other: ok, editor: ok, admin: ok, token: "login", deactivatedSession: "login", deactivatedToken: "login", revokedToken: "login" });

export type TIds = Record<string, string>;

export type TRow = {
  /** "METHOD /path/{param}" as routeHandlersOnDisk() names it, or a page's "/path/{param}". */
  route: string;
  expect: TExpect;
  /** The URL tried; by default the route with `{id}` replaced by `ids.id`. */
  url?: (desk: TDesk, ids: TIds) => string;
  request?: (desk: TDesk, ids: TIds, who: TWho) => TSend;
  /** Fresh resources for each attempt (so an allowed delete does not spoil the next attempt). */
  prepare?: (desk: TDesk) => Promise<TIds>;
  /** The state a refused (or merely self-scoped) request must leave unchanged, and who may change it. */
  untouched?: { state: (desk: TDesk, ids: TIds) => Promise<unknown>; mayChange: TWho[] };
  /** Text that only some may see in the answer (blind review). */
  secret?: { text: (desk: TDesk) => string; hiddenFrom: TWho[]; shownTo: TWho[] };
};

/** The URL of a row's route for this attempt. */
export function urlOf(row: TRow, desk: TDesk, ids: TIds): string {
  if (row.url) return row.url(desk, ids);
  const pattern = row.route.replace(/^[A-Z]+ /, "");
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = ids[name];
    if (!value) throw new Error(`${row.route}: no value for {${name}}`);
    return value;
  });
}
