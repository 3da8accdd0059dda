import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { expect, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { packPayloads, type TXssPayload } from "../../lib/testing/xss-payloads";

/**
 * Files every payload through the real API into a fresh investigation: one source per payload
 * (title, publisher, URL, text), a claim on its words, a hostile reviewer's verdict (rationale,
 * evidence note), a comment, an assignment, a final verdict and a correction, and a second claim
 * left open and assigned (for My queue); plus tokens named
 * with payloads and a Markdown upload whose front-matter URL is `javascript:`.
 */
export type THostileSeed = {
  investigation: { id: string; name: string };
  user: { id: string; email: string; password: string; name: string };
  items: { payload: TXssPayload; sourceId: string; claimId: string }[];
  upload: { sourceId: string; url: string };
  tokenPayloads: TXssPayload[];
};

const codePoints = (s: string) => [...s].length;

/** A reviewer whose display name is hostile. There is no API to rename users, hence the insert. */
export async function createHostileUser(name: string): Promise<{ id: string; email: string; password: string; name: string }> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const suffix = randomBytes(6).toString("hex");
    const user = { id: `hostile${suffix}`, email: `hostile-${suffix}@factdesk.test`, password: `hostile-pass-${suffix}-long`, name };
    const passwordHash = await hash(user.password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    await client.query(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, 'REVIEWER', $4, now())`, [user.id, user.email, user.name, passwordHash]);
    return user;
  } finally {
    await client.end();
  }
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests through `node scripts/test.mjs e2e`.");
  return url;
}

async function ok<T>(response: Promise<import("@playwright/test").APIResponse>, status: number): Promise<T> {
  const r = await response;
  expect(r.status(), `${r.url()}: ${await r.text()}`).toBe(status);
  return (await r.json()) as T;
}

type TSourceText = { id: string; text: string };

/** The claim selector of `line` in the clean text (offsets in code points, as the API wants). */
function selectorFor(source: TSourceText, line: string) {
  const at = source.text.indexOf(line);
  if (at < 0) throw new Error(`"${line}" is not in the clean text of ${source.id}: ${JSON.stringify(source.text)}`);
  const start = codePoints(source.text.slice(0, at));
  return { exact: line, start, end: start + codePoints(line) };
}

export async function seedHostileContent(
  { editor, hostile }: { editor: APIRequestContext; hostile: APIRequestContext },
  { investigation, payloads, hostileUserId }: { investigation: { id: string; name: string }; payloads: TXssPayload[]; hostileUserId: string },
): Promise<Omit<THostileSeed, "user" | "investigation">> {
  const sources: TSourceText[] = [];
  for (const payload of payloads) {
    const title = payload.value.replace(/\s+/g, " ");
    const text = `Hostile source ${payload.marker} opens here.\n\n${payload.value}\n\nThe hostile source ${payload.marker} ends here.`;
    const url = `https://example.org/${payload.id}?q="><script>window.__xss='${payload.id}'</script>`;
    const created = await ok<{ sourceId: string }>(editor.post("/api/v1/sources", { data: { investigationId: investigation.id, title, publisher: title.slice(0, 300), url, text } }), 201);
    sources.push(await ok<TSourceText>(editor.get(`/api/v1/sources/${created.sourceId}`), 200));
  }
  const items: THostileSeed["items"] = [];
  for (const [i, payload] of payloads.entries()) {
    const source = sources[i]!;
    const quote = source.text.split("\n").find((line) => line.includes(payload.marker) && !line.startsWith("Hostile source") && !line.startsWith("The hostile source"))!;
    const claim = await ok<{ id: string }>(editor.post("/api/v1/claims", { data: { sourceId: source.id, text: payload.value, selector: selectorFor(source, quote) } }), 201);
    items.push({ payload, sourceId: source.id, claimId: claim.id });
    // My queue leaves out claims with a final verdict, so a second, open claim is assigned for it.
    const open = await ok<{ id: string }>(editor.post("/api/v1/claims", { data: { sourceId: source.id, text: `${payload.value} (open)`, selector: selectorFor(source, quote) } }), 201);
    await ok(editor.post(`/api/v1/claims/${open.id}/assignments`, { data: { assigneeId: hostileUserId } }), 200);
  }
  for (const [i, { payload, claimId }] of items.entries()) {
    const other = sources[(i + 1) % sources.length]!;
    const otherQuote = other.text.split("\n")[0]!;
    const evidence = [{ sourceId: other.id, stance: "REFUTES", note: payload.value, ...selectorFor(other, otherQuote) }];
    await ok(hostile.put(`/api/v1/claims/${claimId}/verdicts/me`, { data: { label: "CONTRADICTED", rationale: payload.value, evidence } }), 200);
    await ok(hostile.post(`/api/v1/claims/${claimId}/comments`, { data: { body: payload.value } }), 201);
    await ok(editor.post(`/api/v1/claims/${claimId}/assignments`, { data: { assigneeId: hostileUserId } }), 200);
    await ok(editor.post(`/api/v1/claims/${claimId}/final-verdict`, { data: { label: "CONTESTED", rationale: payload.value } }), 201);
    await ok(editor.post(`/api/v1/claims/${claimId}/final-verdict`, { data: { label: "CONTRADICTED", rationale: payload.value, correctionNote: payload.value } }), 201);
  }
  const tokenPayloads: TXssPayload[] = [];
  for (const pack of packPayloads(payloads, 100).slice(0, 5)) {
    await ok(hostile.post("/api/v1/tokens", { data: { name: pack.value } }), 201);
    tokenPayloads.push(...pack.included);
  }
  const url = `javascript:window.__xss='upload'`;
  const markdown = `---\ntitle: "Uploaded <img src=x onerror=window.__xss='upload'> XSSUP"\nurl: "${url}"\n---\n\nAn uploaded source XSSUP whose front matter links to script.\n`;
  const upload = await ok<{ sourceId: string }>(
    editor.post(`/api/v1/investigations/${investigation.id}/files`, { multipart: { file: { name: "hostile.md", mimeType: "text/markdown", buffer: Buffer.from(markdown) } } }),
    201,
  );
  return { items, upload: { sourceId: upload.sourceId, url }, tokenPayloads };
}
