import { expect, test } from "@playwright/test";
import { recordSummary } from "../lib/testing/run-summary";
import { createDesk, PRINCIPALS, type TDesk, type TWho } from "./support/authz-desk";
import { urlOf, type TIds, type TOutcome, type TRow } from "./support/authz-expect";
import { PAGES } from "./support/authz-pages";
import { ROUTES } from "./support/authz-routes";
import { pagesOnDisk, routeHandlersOnDisk } from "./support/app-routes";
import { sql } from "./support/desk-users";
import { BASE_URL, send, type TReply } from "./support/http";

// Every route handler and every page, tried over HTTP against the production build as each
// principal: anonymous, reviewer, another reviewer on the first one's resources, editor, admin, a
// reviewer's API token, a deactivated account's session and token, and a revoked token. Each
// answer must be the one the table states; refused requests must change nothing.

// In order, in one worker; a failing row does not stop the others from being tried.
test.describe.configure({ mode: "default" });

let desk: TDesk;
test.beforeAll(async ({ playwright }) => {
  test.setTimeout(60_000);
  desk = await createDesk(playwright.request);
});

// Claims show up in every reviewer's desk-wide queue: keep only the blind claim between rows, so
// the matrix never crowds other specs' claims out of it.
test.afterEach(async () => {
  if (desk) await sql(`DELETE FROM "Claim" WHERE "investigationId" = $1 AND id <> $2`, [desk.investigationId, desk.blindClaim]);
});

test("every route handler and every page has a row in the table, and every row a route", () => {
  const routes = routeHandlersOnDisk();
  const pages = pagesOnDisk();
  expect(routes.length).toBeGreaterThan(30);
  expect(routes.filter((r) => !ROUTES.some((row) => row.route === r)), "route handlers without a row in e2e/support/authz-routes.ts").toEqual([]);
  expect(pages.filter((p) => !PAGES.some((row) => row.route === p)), "pages without a row in e2e/support/authz-pages.ts").toEqual([]);
  expect([...ROUTES.map((r) => r.route).filter((r) => !routes.includes(r)), ...PAGES.map((p) => p.route).filter((p) => !pages.includes(p))], "rows naming no file").toEqual([]);
});

/** What a request came to: a status, or for pages where it led. */
function outcomeOf(reply: TReply): TOutcome {
  if (reply.status >= 300 && reply.status < 400 && reply.location) {
    const where = new URL(reply.location, BASE_URL);
    if (where.origin !== BASE_URL) return `offsite ${where.origin}`;
    if (where.pathname === "/login") return "login";
    if (where.pathname === "/") return "home";
  }
  // A page that refuses in place marks it with a test id ending in "not-allowed".
  if (reply.status === 200 && /data-testid="[\w-]*not-allowed"/.test(reply.text)) return "denied";
  return reply.status;
}

const allowed = (outcome: TOutcome) => outcome === "home" || (typeof outcome === "number" && outcome < 300);

async function attempt(row: TRow, who: TWho): Promise<string[]> {
  const ids: TIds = (await row.prepare?.(desk)) ?? {};
  const before = await row.untouched?.state(desk, ids);
  const reply = await send(desk.credentials[who], row.route.match(/^([A-Z]+) /)?.[1] ?? "GET", urlOf(row, desk, ids), row.request?.(desk, ids, who));
  const problems: string[] = [];
  const outcome = outcomeOf(reply);
  const wanted = row.expect[who];
  if (outcome !== wanted) problems.push(`${who}: expected ${wanted}, got ${outcome} ${reply.text.slice(0, 160)}`);
  // API refusals are the JSON error shape with a message a person can read.
  if (typeof outcome === "number" && outcome >= 400 && reply.contentType.includes("json") && urlOf(row, desk, ids).startsWith("/api/v1/")) {
    if (!(reply.json().error?.message?.length > 0)) problems.push(`${who}: ${outcome} without error.message`);
  }
  if (row.untouched && !row.untouched.mayChange.includes(who)) {
    const after = await row.untouched.state(desk, ids);
    if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${who}: changed ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  }
  if (row.secret) {
    const text = row.secret.text(desk);
    if (row.secret.hiddenFrom.includes(who) && reply.text.includes(text)) problems.push(`${who}: the answer shows "${text}", which blind review hides`);
    if (row.secret.shownTo.includes(who) && !reply.text.includes(text)) problems.push(`${who}: the answer lacks "${text}"`);
  }
  return problems;
}

const tally = { tried: 0, ok: 0, forbidden: 0, refused: 0 };

const ROWS = [...ROUTES, ...PAGES];
for (const [i, row] of ROWS.entries()) {
  const label = row.route.includes(" ") ? row.route : `page ${row.route}`;
  const nth = ROWS.slice(0, i).filter((r) => r.route === row.route).length;
  test(nth ? `${label} (${nth + 1})` : label, async () => {
    const problems: string[] = [];
    for (const who of PRINCIPALS) {
      const found = await attempt(row, who);
      const forbidden = !allowed(row.expect[who]);
      tally.tried += 1;
      tally.ok += found.length === 0 ? 1 : 0;
      tally.forbidden += forbidden ? 1 : 0;
      tally.refused += forbidden && found.length === 0 ? 1 : 0;
      problems.push(...found);
    }
    expect(problems, `${row.route} ${urlOf(row, desk, { id: "{id}" })}`).toEqual([]);
  });
}

test.afterAll(() => {
  recordSummary({ metric: "Authorization matrix: routes × roles tried, as expected", tried: tally.tried, ok: tally.ok });
  recordSummary({ metric: "Authorization matrix: forbidden attempts refused (zero unexpected allows)", tried: tally.forbidden, ok: tally.refused });
});
