import type { TDesk } from "./authz-desk";
import { admins, editors, everyone, members, sessions, type TRow } from "./authz-expect";
import { createDeskUser, sql } from "./desk-users";

// One row per route handler and method (more where a route has several faces): who may call it
// and what they get. A route file without a row fails the matrix test.

const claim = async (desk: TDesk) => ({ id: await desk.newClaim() });
const claimRow = (id: string) => sql(`SELECT text FROM "Claim" WHERE id = $1`, [id]);
const reviewerVerdict = (desk: TDesk, claimId: string) => sql(`SELECT label, rationale, version FROM "Verdict" WHERE "claimId" = $1 AND "reviewerId" = $2`, [claimId, desk.users.reviewer.id]);
const file = (name: string, text: string) => {
  const form = new FormData();
  form.set("file", new Blob([text], { type: "text/plain" }), name);
  return form;
};
const unique = () => Math.random().toString(36).slice(2);
/** An alias-table entity made straight in the database, with one name. */
const entity = async () => {
  const id = `ent${unique()}`;
  await sql(`INSERT INTO "Entity" (id, key, kind, "updatedAt") VALUES ($1, $1, 'ORG', now())`, [id]);
  await sql(`INSERT INTO "EntityAlias" (id, "entityId", text, lang) VALUES ($1, $1, $2, 'en')`, [id, `Name ${id}`]);
  return { id };
};
/** The blind rationale's words without its "SECRET-" head: the answer echoes the query, so only a hit shows the whole secret. */
const secretQuery = (d: TDesk) => encodeURIComponent(d.secret.replace(/^SECRET-/, ""));
/** A pending invitation made straight in the database (its token is never needed here). */
const invitation = async () => {
  const id = `inv${unique()}`;
  await sql(`INSERT INTO "Invitation" (id, email, role, "tokenHash", "expiresAt") VALUES ($1, $2, 'REVIEWER', $3, now() + interval '7 days')`, [id, `${id}@matrix.test`, `hash-${id}`]);
  return { id };
};

export const ROUTES: TRow[] = [
  { route: "GET /api/auth/{...nextauth}", expect: everyone(200), url: () => "/api/auth/session" },
  // Without next-auth's CSRF token a credentials POST is sent back to the sign-in page, never signed in.
  { route: "POST /api/auth/{...nextauth}", expect: everyone(302), url: () => "/api/auth/callback/credentials", request: (d) => ({ raw: new URLSearchParams({ email: d.users.editor.email, password: d.users.editor.password }), headers: { "content-type": "application/x-www-form-urlencoded" } }) },
  { route: "GET /api/health", expect: everyone(200) },
  { route: "GET /api/openapi.json", expect: everyone(200) },
  { route: "GET /methodology/report.schema.json", expect: everyone(200) },
  { route: "GET /api/events", expect: members(200), url: (d) => `/api/events?investigationId=${d.investigationId}` },

  { route: "GET /api/v1/me", expect: members(200) },
  { route: "GET /api/v1/me/queue", expect: members(200) },
  { route: "GET /api/v1/investigations", expect: members(200) },
  { route: "GET /api/v1/corrections", expect: members(200) },
  { route: "GET /api/v1/schemas/report.json", expect: members(200) },
  { route: "GET /api/v1/sources", expect: members(200), url: (d) => `/api/v1/sources?investigationId=${d.investigationId}` },
  { route: "GET /api/v1/sources/{id}", expect: members(200), url: (d) => `/api/v1/sources/${d.sourceId}` },
  { route: "GET /api/v1/sources/{id}", expect: members(404), url: () => "/api/v1/sources/no-such-source" },
  { route: "GET /api/v1/sources/{id}/suggestions", expect: members(200), url: (d) => `/api/v1/sources/${d.sourceId}/suggestions?limit=5` },
  { route: "GET /api/v1/sources/{id}/suggestions", expect: members(404), url: () => "/api/v1/sources/no-such-source/suggestions" },
  { route: "POST /api/v1/sources", expect: editors(201), request: (d) => ({ json: { investigationId: d.investigationId, title: "Pasted", text: `Pasted text ${unique()}` } }) },
  { route: "POST /api/v1/investigations/{id}/files", expect: editors(201), prepare: async (d) => ({ id: d.investigationId }), request: () => ({ form: file("upload.txt", `Uploaded text ${unique()}`) }) },

  { route: "GET /api/v1/claims", expect: members(200), url: (d) => `/api/v1/claims?sourceId=${d.sourceId}` },
  { route: "POST /api/v1/claims", expect: members(201), request: (d) => ({ json: { sourceId: d.sourceId, text: "A claim", selector: { exact: "The minister", start: 0, end: 12 } } }) },
  { route: "GET /api/v1/claims/{id}", expect: members(200), url: (d) => `/api/v1/claims/${d.blindClaim}` },
  { route: "GET /api/v1/claims/{id}", expect: members(404), url: () => "/api/v1/claims/no-such-claim" },
  { route: "PATCH /api/v1/claims/{id}", expect: editors(200), prepare: claim, request: () => ({ json: { text: "Reworded" } }), untouched: { state: (_, ids) => claimRow(ids.id!), mayChange: ["editor", "admin"] } },
  { route: "DELETE /api/v1/claims/{id}", expect: editors(204), prepare: claim, untouched: { state: (_, ids) => claimRow(ids.id!), mayChange: ["editor", "admin"] } },

  // Blind review: the other reviewer sees that verdicts exist, never what they say.
  { route: "GET /api/v1/claims/{id}/verdicts", expect: members(200), url: (d) => `/api/v1/claims/${d.blindClaim}/verdicts`, secret: { text: (d) => d.secret, hiddenFrom: ["other"], shownTo: ["reviewer", "token", "editor", "admin"] } },
  // Everyone saves only their own verdict: the reviewer's own, already on the claim, stays as it was.
  {
    route: "PUT /api/v1/claims/{id}/verdicts/me",
    expect: members(200),
    prepare: async (d) => {
      const id = await d.newClaim();
      await d.newVerdict(id, "The reviewer's own reasons");
      return { id };
    },
    request: (_, __, who) => ({ json: { label: "CORROBORATED", baseVersion: who === "reviewer" || who === "token" ? 1 : 0 } }),
    untouched: { state: (d, ids) => reviewerVerdict(d, ids.id!), mayChange: ["reviewer", "token"] },
  },
  { route: "GET /api/v1/claims/{id}/comments", expect: members(200), url: (d) => `/api/v1/claims/${d.blindClaim}/comments` },
  { route: "POST /api/v1/claims/{id}/comments", expect: members(201), prepare: claim, request: () => ({ json: { body: "A comment" } }) },
  {
    route: "PATCH /api/v1/comments/{id}",
    expect: { ...members(200), other: 403, editor: 403, admin: 403 },
    prepare: async (d) => ({ id: await d.newComment(await d.newClaim()) }),
    request: () => ({ json: { body: "Hijacked" } }),
    untouched: { state: (_, ids) => sql(`SELECT body, "deletedAt" FROM "Comment" WHERE id = $1`, [ids.id]), mayChange: ["reviewer", "token"] },
  },
  {
    route: "DELETE /api/v1/comments/{id}",
    expect: { ...members(204), other: 403 },
    prepare: async (d) => ({ id: await d.newComment(await d.newClaim()) }),
    untouched: { state: (_, ids) => sql(`SELECT body, "deletedAt" FROM "Comment" WHERE id = $1`, [ids.id]), mayChange: ["reviewer", "token", "editor", "admin"] },
  },
  { route: "POST /api/v1/claims/{id}/assignments", expect: editors(200), prepare: claim, request: (d) => ({ json: { assigneeId: d.users.other.id } }), untouched: { state: (_, ids) => sql(`SELECT "assigneeId" FROM "Assignment" WHERE "claimId" = $1`, [ids.id]), mayChange: ["editor", "admin"] } },
  { route: "DELETE /api/v1/claims/{id}/assignments", expect: editors(200), url: (d) => `/api/v1/claims/${d.blindClaim}/assignments?assigneeId=${d.users.other.id}` },
  { route: "POST /api/v1/claims/{id}/final-verdict", expect: editors(201), prepare: claim, request: () => ({ json: { label: "CONTRADICTED", rationale: "Settled" } }), untouched: { state: (_, ids) => sql(`SELECT label FROM "Adjudication" WHERE "claimId" = $1`, [ids.id]), mayChange: ["editor", "admin"] } },

  // Matching and clusters: every member reads matches and links claims (as they pin claims).
  { route: "GET /api/v1/claims/{id}/matches", expect: members(200), url: (d) => `/api/v1/claims/${d.blindClaim}/matches?limit=3` },
  { route: "GET /api/v1/claims/{id}/similar", expect: members(200), url: (d) => `/api/v1/claims/${d.blindClaim}/similar` },
  {
    route: "POST /api/v1/clusters",
    expect: members(201),
    prepare: async (d) => ({ a: await d.newClaim(), b: await d.newClaim() }),
    request: (_, ids) => ({ json: { claimIds: [ids.a, ids.b] } }),
    untouched: { state: (_, ids) => sql(`SELECT "clusterId" FROM "Claim" WHERE id = ANY($1) ORDER BY id`, [[ids.a, ids.b]]), mayChange: ["reviewer", "other", "token", "editor", "admin"] },
  },
  { route: "GET /api/v1/clusters", expect: members(200), url: (d) => `/api/v1/clusters?investigationId=${d.investigationId}` },
  {
    route: "DELETE /api/v1/claims/{id}/cluster",
    expect: members(204),
    prepare: async (d) => {
      const [a, b] = [await d.newClaim(), await d.newClaim()];
      const clusterId = `cl${unique()}`;
      await sql(`INSERT INTO "ClaimCluster" (id, "investigationId", label) VALUES ($1, $2, 'Matrix cluster')`, [clusterId, d.investigationId]);
      await sql(`UPDATE "Claim" SET "clusterId" = $1 WHERE id = ANY($2)`, [clusterId, [a, b]]);
      return { id: a };
    },
    untouched: { state: (_, ids) => sql(`SELECT "clusterId" FROM "Claim" WHERE id = $1`, [ids.id]), mayChange: ["reviewer", "other", "token", "editor", "admin"] },
  },

  { route: "GET /api/v1/dashboard", expect: members(200), url: (d) => `/api/v1/dashboard?investigationId=${d.investigationId}&q=${encodeURIComponent(d.blindClaimText)}`, secret: { text: (d) => d.blindClaim, hiddenFrom: ["other"], shownTo: ["reviewer", "token", "editor", "admin"] } },
  ...[".csv", ".verdicts.csv", ".json", ".claimreview.jsonld", ".pdf"].map((suffix): TRow => ({ route: "GET /api/v1/reports/{file}", expect: editors(200), url: (d) => `/api/v1/reports/${d.investigationId}${suffix}` })),
  { route: "GET /api/v1/reports/{file}", expect: editors(404), url: () => "/api/v1/reports/no-such-investigation.csv" },

  // Search finds a rationale only where the claim page would show it.
  { route: "GET /api/v1/search", expect: members(200), url: (d) => `/api/v1/search?q=${secretQuery(d)}`, secret: { text: (d) => d.secret, hiddenFrom: ["other"], shownTo: ["reviewer", "token", "editor", "admin"] } },
  { route: "GET /api/v1/entities", expect: members(200) },
  { route: "POST /api/v1/entities", expect: editors(201), request: () => ({ json: { key: `matrix-${unique()}`, kind: "ORG", names: [{ text: `Matrix ${unique()}`, lang: "en" }] } }) },
  {
    route: "PUT /api/v1/entities/{id}",
    expect: editors(200),
    prepare: entity,
    request: () => ({ json: { names: [{ text: `Renamed ${unique()}`, lang: "en" }] } }),
    untouched: { state: (_, ids) => sql(`SELECT text FROM "EntityAlias" WHERE "entityId" = $1`, [ids.id]), mayChange: ["editor", "admin"] },
  },
  { route: "DELETE /api/v1/entities/{id}", expect: editors(204), prepare: entity, untouched: { state: (_, ids) => sql(`SELECT id FROM "Entity" WHERE id = $1`, [ids.id]), mayChange: ["editor", "admin"] } },

  { route: "GET /api/v1/tokens", expect: sessions(members(200)) },
  { route: "POST /api/v1/tokens", expect: sessions(members(201)), request: () => ({ json: { name: "matrix" } }) },
  // Someone else's token is "not found", so token ids cannot be probed.
  {
    route: "DELETE /api/v1/tokens/{id}",
    expect: sessions({ ...members(204), other: 404, editor: 404, admin: 404 }),
    prepare: async (d) => ({ id: (await d.newToken()).id }),
    untouched: { state: (_, ids) => sql(`SELECT "revokedAt" FROM "ApiToken" WHERE id = $1`, [ids.id]), mayChange: ["reviewer"] },
  },

  // Account management: admins only; a refused change leaves the account as it was.
  { route: "GET /api/v1/users", expect: admins(200) },
  {
    route: "PATCH /api/v1/users/{id}",
    expect: admins(200),
    prepare: async () => ({ id: (await createDeskUser("REVIEWER", "target")).id }),
    request: () => ({ json: { role: "EDITOR" } }),
    untouched: { state: (_, ids) => sql(`SELECT role, active FROM "User" WHERE id = $1`, [ids.id]), mayChange: ["admin"] },
  },
  { route: "POST /api/v1/invitations", expect: admins(201), request: () => ({ json: { email: `invitee.${unique()}@matrix.test`, role: "REVIEWER" } }) },
  {
    route: "DELETE /api/v1/invitations/{id}",
    expect: admins(204),
    prepare: invitation,
    untouched: { state: (_, ids) => sql(`SELECT "revokedAt" FROM "Invitation" WHERE id = $1`, [ids.id]), mayChange: ["admin"] },
  },
  // A wrong current password is a field error (400) for every member; tokens cannot change passwords.
  { route: "POST /api/v1/me/password", expect: sessions(members(400)), request: () => ({ json: { currentPassword: "not the password", newPassword: "a much longer new passphrase 42" } }) },
  // Anyone signed in keeps their own UI language (a token too: it only changes what the pages show them).
  { route: "PUT /api/v1/me/locale", expect: members(200), request: () => ({ json: { locale: "en" } }) },
  // Public: the token in the path is the credential; an unknown one is 404 whoever sends it.
  { route: "POST /invite/{token}/accept", expect: everyone(404), url: () => `/invite/${"0".repeat(43)}/accept`, request: () => ({ json: { name: "Nobody", password: "a much longer new passphrase 42" } }) },
  // Unknown API paths: a JSON 404 for everyone, signed in or not (nothing to protect, nothing to reveal).
  ...(["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map((method): TRow => ({ route: `${method} /api/{...path}`, expect: everyone(404), url: () => "/api/v1/no-such-route" })),
];
