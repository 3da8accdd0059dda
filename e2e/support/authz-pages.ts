import { everyone, memberPages, type TRow } from "./authz-expect";

// One row per page under app/: what each principal sees when they open it (no redirects followed).

export const PAGES: TRow[] = [
  // Signed in, the login page sends you home; a deactivated session is shown the form again.
  { route: "/login", expect: { ...everyone(200), reviewer: "home", other: "home", editor: "home", admin: "home" } },
  // A signed-in visitor is sent home, never to another host however the callback is spelled
  // (browsers read "/\\evil.example" as "//evil.example"; the form's own target is unit-tested).
  { route: "/login", expect: { ...everyone(200), reviewer: "home", other: "home", editor: "home", admin: "home" }, url: () => `/login?callbackUrl=${encodeURIComponent("/\\evil.example")}` },
  { route: "/api-docs", expect: everyone(200) },
  { route: "/corrections", expect: everyone(200) },
  { route: "/methodology", expect: everyone(200) },
  { route: "/", expect: memberPages(200) },
  { route: "/queue", expect: memberPages(200) },
  { route: "/settings/tokens", expect: memberPages(200) },
  { route: "/dashboard", expect: memberPages(200), url: (d) => `/dashboard?investigationId=${d.investigationId}&q=${encodeURIComponent(d.blindClaimText)}`, secret: { text: (d) => `/claims/${d.blindClaim}`, hiddenFrom: ["other"], shownTo: ["reviewer", "editor", "admin"] } },
  { route: "/sources/{id}", expect: memberPages(200), url: (d) => `/sources/${d.sourceId}` },
  { route: "/sources/{id}", expect: memberPages(404), url: () => "/sources/no-such-source" },
  { route: "/claims/{id}", expect: memberPages(200), url: (d) => `/claims/${d.blindClaim}`, secret: { text: (d) => d.secret, hiddenFrom: ["other"], shownTo: ["reviewer", "editor", "admin"] } },
  { route: "/claims/{id}", expect: memberPages(404), url: () => "/claims/no-such-claim" },
  { route: "/investigations/{id}/import", expect: { ...memberPages(200), reviewer: "denied", other: "denied" }, url: (d) => `/investigations/${d.investigationId}/import` },
  { route: "/investigations/{id}/import", expect: memberPages(404), url: () => "/investigations/no-such-investigation/import" },
  { route: "/settings/password", expect: memberPages(200) },
  // The page marks the matched words inside the rationale, so the hit is recognised by its link.
  { route: "/search", expect: memberPages(200), url: (d) => `/search?q=${encodeURIComponent(d.secret.replace(/^SECRET-/, ""))}`, secret: { text: (d) => `/claims/${d.blindClaim}#history-heading`, hiddenFrom: ["other"], shownTo: ["reviewer", "editor", "admin"] } },
  // Reviewers read the alias table; only editors get the forms (checked in e2e/search.spec.ts).
  { route: "/entities", expect: memberPages(200) },
  // Account management is admins' only; to everyone else the page does not exist.
  { route: "/admin/users", expect: { ...memberPages(404), admin: 200 } },
  // Public; an unknown link says so on the page.
  { route: "/invite/{token}", expect: everyone(200), url: () => `/invite/${"0".repeat(43)}` },
];
