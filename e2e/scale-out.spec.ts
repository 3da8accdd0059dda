import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { newTokenSecret } from "../lib/tokens/token-secret";
import { createDeskUser, signIn, sql } from "./support/desk-users";
import { BASE_URL, send } from "./support/http";
import { createInvestigation } from "./support/investigation";
import { expect, test } from "./fixtures";

// Scale-out: a second `next start` of the same build on another port, over the same database, as a
// load balancer would run it beside the first. Nothing a person does may depend on which process
// answers: sessions are signed cookies, rate limits are counted in PostgreSQL, and live updates
// travel through PostgreSQL's NOTIFY to every process's LISTEN connection.

const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 20;
const SECOND_URL = `http://127.0.0.1:${SECOND_PORT}`;

test.describe.configure({ mode: "serial" });

let second: ChildProcess | undefined;
const stopSecond = () => {
  if (second && second.exitCode === null) second.kill("SIGTERM");
};
process.once("exit", stopSecond);

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const logs: string[] = [];
  second = spawn(path.resolve("node_modules/.bin/next"), ["start", "--port", String(SECOND_PORT)], {
    env: { ...process.env, NEXTAUTH_URL: SECOND_URL, NEXT_TELEMETRY_DISABLED: "1", TRUST_PROXY: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [second.stdout, second.stderr]) stream?.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
  for (const deadline = Date.now() + 60_000; ; ) {
    if (second.exitCode !== null) throw new Error(`the second app process exited:\n${logs.join("")}`);
    if (await fetch(`${SECOND_URL}/api/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`the second app process did not answer:\n${logs.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(async () => {
  if (!second || second.exitCode !== null) return;
  const exited = new Promise((resolve) => second?.once("exit", resolve));
  stopSecond();
  await exited;
});

/** A fresh investigation with one source and one claim, made through the first process's API. */
async function claimOfOwn(editorCookie: string): Promise<string> {
  const investigation = await createInvestigation("Scale-out check");
  const text = "The two delegations met for four hours in Riyadh. They agreed to meet again.";
  const source = await send({ cookie: editorCookie }, "POST", "/api/v1/sources", { json: { investigationId: investigation.id, title: "Two processes", text } });
  expect(source.status).toBe(201);
  const exact = "met for four hours";
  const start = text.indexOf(exact);
  const claim = await send({ cookie: editorCookie }, "POST", "/api/v1/claims", {
    json: { sourceId: source.json().sourceId, text: "The talks lasted four hours", selector: { exact, start, end: start + exact.length } },
  });
  expect(claim.status).toBe(201);
  return claim.json().id as string;
}

test("a verdict saved through one process appears live on a page served by another; one sign-in works on both", async ({ page, playwright }) => {
  const editor = await createDeskUser("EDITOR", "scale-editor");
  const reviewer = await createDeskUser("REVIEWER", "scale-reviewer");
  const claimId = await claimOfOwn(await signIn(playwright.request, editor));

  // Signed in through the first process; the same cookie (127.0.0.1, any port) opens the claim on the second.
  await page.goto("/login");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await page.goto(`${SECOND_URL}/claims/${claimId}`);
  await expect(page.getByTestId("current-user")).toContainText("scale-editor");
  await expect(page.locator('[data-live-status="live"]')).toBeVisible();
  await expect(page.getByTestId("other-verdict")).toHaveCount(0);

  // The reviewer saves through the first process, with an API token.
  const { token, tokenHash, prefix } = newTokenSecret();
  await sql(`INSERT INTO "ApiToken" ("id", "userId", "name", "tokenHash", "prefix") VALUES ($1, $2, 'scale-out', $3, $4)`, [`e2e${tokenHash.slice(0, 20)}`, reviewer.id, tokenHash, prefix]);
  const saved = await fetch(`${BASE_URL}/api/v1/claims/${claimId}/verdicts/me`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ label: "CONTRADICTED", rationale: "Another report says two hours." }),
  });
  expect(saved.status).toBe(200);

  // The second process heard of it (its own LISTEN connection) and the open page re-rendered itself.
  const card = page.getByTestId("other-verdict");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText("Another report says two hours.");
  expect(page.url()).toBe(`${SECOND_URL}/claims/${claimId}`);
});

test("failed sign-ins counted by one process lock the account on the other", async ({ playwright }) => {
  const email = `nobody.${Date.now().toString(36)}@e2e.test`;
  // A client address of this test's own (both processes trust X-Forwarded-For here), so no other spec is locked out.
  const headers = { "x-forwarded-for": `203.0.113.${1 + Math.floor(Math.random() * 250)}` };
  const attempt = async (baseURL: string) => {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
    try {
      const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
      const response = await context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: "not the password", json: "true" }, maxRedirects: 0 });
      return response.status();
    } finally {
      await context.dispose();
    }
  };
  for (let i = 0; i < 5; i++) expect(await attempt(BASE_URL)).not.toBe(429);
  expect(await attempt(SECOND_URL)).toBe(429);
});
