import type { APIRequestContext } from "@playwright/test";
import { expect, test, USERS } from "./fixtures";
import { apiSession } from "./support/api-session";

// The public /api/v1 contract, over HTTP against the production build with real sessions.
type Session = Awaited<ReturnType<typeof apiSession>>;
let reviewer: Session, reviewer2: Session, editor: Session;
let investigationId: string;
let source: { id: string; text: string };
let otherSourceId: string;

// Payloads are read untyped on purpose: the assertions below are what check their shape.
const json = async (response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<any> => response.json();
const codePoints = (text: string, exact: string) => {
  const at = text.indexOf(exact);
  const start = [...text.slice(0, at)].length;
  return { exact, start, end: start + [...exact].length };
};

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  [reviewer, reviewer2, editor] = await Promise.all([apiSession(browser, USERS.reviewer1), apiSession(browser, "reviewer2@factdesk.test"), apiSession(browser, USERS.editor)]);
  investigationId = (await json(await reviewer.request.get("/api/v1/investigations"))).items[0].id;
  const sources = (await json(await reviewer.request.get(`/api/v1/sources?investigationId=${investigationId}`))).items;
  const vision = sources.find((s: { title: string }) => s.title.startsWith("川普同日"));
  otherSourceId = sources.find((s: { title: string }) => s.title.startsWith("特朗普欲"))!.id;
  source = await json(await reviewer.request.get(`/api/v1/sources/${vision.id}`));
});

test.afterAll(async () => Promise.all([reviewer, reviewer2, editor].map((s) => s.close())));

test("investigations and sources: 200, 400, 401, 404", async ({ request }) => {
  expect((await request.get("/api/v1/investigations")).status()).toBe(401);
  const list = await reviewer.request.get(`/api/v1/sources?investigationId=${investigationId}`);
  expect(list.status()).toBe(200);
  expect((await list.json()).items).toHaveLength(5);
  expect((await list.json()).nextCursor).toBeNull();
  const missing = await reviewer.request.get("/api/v1/sources");
  expect(missing.status()).toBe(400);
  expect((await missing.json()).error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("investigationId") });
  expect((await reviewer.request.get("/api/v1/sources?investigationId=nope")).status()).toBe(404);
  expect((await reviewer.request.get("/api/v1/sources/nope")).status()).toBe(404);
  expect(source.text).toContain("烏克蘭的邊界不太可能回復到2014年以前");
  expect(Array.isArray((source as unknown as { claims: unknown[] }).claims)).toBe(true);
});

test("claims: create 201, mismatched selector 400, bad JSON 400, unknown source 404, edit 403/200, delete 403/204", async () => {
  const selector = codePoints(source.text, "部分被佔領領土會回歸烏克蘭");
  const created = await reviewer.request.post("/api/v1/claims", { data: { sourceId: source.id, text: "Some occupied territory will return to Ukraine", selector } });
  expect(created.status()).toBe(201);
  const claim = await created.json();
  expect(claim.selector).toMatchObject({ exact: "部分被佔領領土會回歸烏克蘭", start: selector.start, end: selector.end });

  const wrong = await reviewer.request.post("/api/v1/claims", { data: { sourceId: source.id, text: "x", selector: { ...selector, start: selector.start + 1, end: selector.end + 1 } } });
  expect(wrong.status()).toBe(400);
  expect((await wrong.json()).error.message).toContain("does not match the text");
  const badJson = await reviewer.request.post("/api/v1/claims", { headers: { "content-type": "application/json" }, data: "{not json" });
  expect(badJson.status()).toBe(400);
  expect((await reviewer.request.post("/api/v1/claims", { data: { sourceId: "nope", text: "x", selector } })).status()).toBe(404);

  expect((await reviewer.request.get(`/api/v1/claims/${claim.id}`)).status()).toBe(200);
  expect((await reviewer.request.get("/api/v1/claims/nope")).status()).toBe(404);
  const page = await json(await reviewer.request.get(`/api/v1/claims?sourceId=${source.id}`));
  expect(page.items.map((c: { id: string }) => c.id)).toContain(claim.id);
  expect((await reviewer.request.get("/api/v1/claims")).status()).toBe(400);

  expect((await reviewer.request.patch(`/api/v1/claims/${claim.id}`, { data: { text: "Reworded" } })).status()).toBe(403);
  const edited = await editor.request.patch(`/api/v1/claims/${claim.id}`, { data: { text: "Trump: some occupied territory will return to Ukraine" } });
  expect(edited.status()).toBe(200);
  expect((await edited.json()).text).toBe("Trump: some occupied territory will return to Ukraine");
  expect((await reviewer.request.delete(`/api/v1/claims/${claim.id}`)).status()).toBe(403);
  expect((await editor.request.delete(`/api/v1/claims/${claim.id}`)).status()).toBe(204);
  expect((await reviewer.request.get(`/api/v1/claims/${claim.id}`)).status()).toBe(404);
});

test("verdicts: save 200, stale 409 with the newer verdict, 400 without rationale, 404, blind review", async () => {
  const claim = await json(await reviewer.request.post("/api/v1/claims", { data: { sourceId: source.id, text: "Putin wants the war to end", selector: codePoints(source.text, "普京想要戰爭徹底結束") } }));
  const other = await json(await reviewer.request.get(`/api/v1/sources/${otherSourceId}`));
  const evidence = { sourceId: otherSourceId, ...codePoints(other.text, "我相信他希望看到一些事情发生"), stance: "SUPPORTS" };

  const first = await reviewer.request.put(`/api/v1/claims/${claim.id}/verdicts/me`, { data: { label: "CORROBORATED", evidence: [evidence], baseVersion: 0 } });
  expect(first.status()).toBe(200);
  expect(await first.json()).toMatchObject({ label: "CORROBORATED", version: 1, evidence: [{ stance: "SUPPORTS", exact: evidence.exact }] });
  const second = await reviewer.request.put(`/api/v1/claims/${claim.id}/verdicts/me`, { data: { label: "CONTESTED", rationale: "Only Trump says so.", evidence: [], baseVersion: 1 } });
  expect((await second.json()).version).toBe(2);

  const stale = await reviewer.request.put(`/api/v1/claims/${claim.id}/verdicts/me`, { data: { label: "CONTRADICTED", rationale: "x", baseVersion: 1 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toMatchObject({ code: "CONFLICT", details: { reason: "STALE", current: { label: "CONTESTED", version: 2 } } });

  const noRationale = await reviewer.request.put(`/api/v1/claims/${claim.id}/verdicts/me`, { data: { label: "CONTRADICTED", baseVersion: 2 } });
  expect(noRationale.status()).toBe(400);
  expect((await noRationale.json()).error.details.fields[0].path).toBe("rationale");
  expect((await reviewer.request.put("/api/v1/claims/nope/verdicts/me", { data: { label: "CORROBORATED" } })).status()).toBe(404);

  const blind = await json(await reviewer2.request.get(`/api/v1/claims/${claim.id}/verdicts`));
  expect(blind).toMatchObject({ items: [], others: null, hiddenCount: 1, blindReview: true });
  await reviewer2.request.put(`/api/v1/claims/${claim.id}/verdicts/me`, { data: { label: "CORROBORATED", baseVersion: 0 } });
  const open = await json(await reviewer2.request.get(`/api/v1/claims/${claim.id}/verdicts`));
  expect(open.items).toHaveLength(2);
  expect((await json(await editor.request.get(`/api/v1/claims/${claim.id}/verdicts`))).items).toHaveLength(2);
});

test("comments and assignments: 201, 400, 403, 204", async () => {
  const claim = await json(await reviewer.request.post("/api/v1/claims", { data: { sourceId: source.id, text: "The first meeting will be in Saudi Arabia", selector: codePoints(source.text, "我跟普京第一次會面會在沙特") } }));
  const comment = await reviewer.request.post(`/api/v1/claims/${claim.id}/comments`, { data: { body: "Check the **Kremlin** readout." } });
  expect(comment.status()).toBe(201);
  const { id } = await comment.json();
  expect((await reviewer.request.post(`/api/v1/claims/${claim.id}/comments`, { data: { body: "" } })).status()).toBe(400);
  expect((await reviewer2.request.patch(`/api/v1/comments/${id}`, { data: { body: "hijack" } })).status()).toBe(403);
  expect((await reviewer.request.delete(`/api/v1/comments/${id}`)).status()).toBe(204);

  const reviewer2Id = (await json(await reviewer2.request.get("/api/v1/me"))).id;
  expect((await reviewer.request.post(`/api/v1/claims/${claim.id}/assignments`, { data: { assigneeId: reviewer2Id } })).status()).toBe(403);
  expect((await editor.request.post(`/api/v1/claims/${claim.id}/assignments`, { data: { assigneeId: "nobody" } })).status()).toBe(400);
  const assigned = await editor.request.post(`/api/v1/claims/${claim.id}/assignments`, { data: { assigneeId: reviewer2Id } });
  expect(assigned.status()).toBe(200);
  const queue = await json(await reviewer2.request.get("/api/v1/me/queue"));
  expect(queue.items.find((i: { claimId: string }) => i.claimId === claim.id)).toMatchObject({ assigned: true });
});
