import { randomBytes } from "node:crypto";
import type { APIRequest } from "@playwright/test";
import { createInvestigation } from "./investigation";
import { send, type TCredentials } from "./http";
import { createDeskUser, deactivate, signIn, sql, type TDeskUser } from "./desk-users";

// The authorization matrix's own desk: its own accounts, investigation, source and claims, so that
// parallel specs neither disturb it nor are disturbed by it.

/** Who makes the request. "reviewer" owns the desk's resources; "other" is a second reviewer. */
export const PRINCIPALS = ["anonymous", "reviewer", "other", "editor", "admin", "token", "deactivatedSession", "deactivatedToken", "revokedToken"] as const;
export type TWho = (typeof PRINCIPALS)[number];

const SOURCE_TEXT =
  "The minister said the talks in Riyadh lasted four hours. Both delegations agreed to meet again in March. " +
  "Observers noted that no Ukrainian officials attended the meeting. The ministry later denied any deadline was set.";
const PHRASES = ["the talks in Riyadh lasted four hours", "agreed to meet again in March", "no Ukrainian officials attended", "denied any deadline was set"];

export type TDesk = Awaited<ReturnType<typeof createDesk>>;

export async function createDesk(request: APIRequest) {
  const tag = randomBytes(4).toString("hex");
  const [reviewer, other, editor, admin, gone] = await Promise.all([
    createDeskUser("REVIEWER", "reviewer"),
    createDeskUser("REVIEWER", "other"),
    createDeskUser("EDITOR", "editor"),
    createDeskUser("ADMIN", "admin"),
    createDeskUser("EDITOR", "deactivated"),
  ]);
  const session = async (user: TDeskUser): Promise<TCredentials> => ({ cookie: await signIn(request, user) });
  const [asReviewer, asOther, asEditor, asAdmin, asGone] = await Promise.all([session(reviewer), session(other), session(editor), session(admin), session(gone)]);
  const bearer = (token: string): TCredentials => ({ authorization: `Bearer ${token}` });
  const newToken = async (who: TCredentials, name: string) => expectOk(await send(who, "POST", "/api/v1/tokens", { json: { name } })) as { id: string; token: string };

  const investigation = await createInvestigation(`Authorization matrix ${tag}`);
  const imported = expectOk(await send(asEditor, "POST", "/api/v1/sources", { json: { investigationId: investigation.id, title: `Matrix source ${tag}`, text: `${SOURCE_TEXT} (${tag})` } }));
  const sourceId: string = imported.sourceId;
  const sourceText: string = expectOk(await send(asReviewer, "GET", `/api/v1/sources/${sourceId}`)).text;

  /** A new claim created by the reviewer; each call quotes one of a few phrases of the source. */
  let n = 0;
  const newClaim = async (label = "claim"): Promise<string> => {
    const exact = PHRASES[n++ % PHRASES.length]!;
    const start = [...sourceText.slice(0, sourceText.indexOf(exact))].length;
    const selector = { exact, start, end: start + [...exact].length };
    return expectOk(await send(asReviewer, "POST", "/api/v1/claims", { json: { sourceId, text: `${label} ${tag} ${n}`, selector } })).id;
  };
  const newComment = async (claimId: string): Promise<string> => expectOk(await send(asReviewer, "POST", `/api/v1/claims/${claimId}/comments`, { json: { body: `A comment by the reviewer ${n++}` } })).id;
  const newVerdict = async (claimId: string, rationale: string) =>
    expectOk(await send(asReviewer, "PUT", `/api/v1/claims/${claimId}/verdicts/me`, { json: { label: "CONTESTED", rationale, baseVersion: 0 } }));

  // Under blind review (the default), the other reviewer must never see this rationale.
  const secret = `SECRET-RATIONALE-${tag}`;
  const blindClaimText = `Blind claim ${tag}`;
  const blindClaim = await newClaim(blindClaimText);
  await newVerdict(blindClaim, secret);

  const reviewerToken = await newToken(asReviewer, "matrix");
  const goneToken = await newToken(asGone, "before deactivation");
  const revoked = await newToken(asEditor, "to revoke");
  expectOk(await send(asEditor, "DELETE", `/api/v1/tokens/${revoked.id}`));
  // Both worked before the account was deactivated: what follows is the deactivation's doing.
  for (const who of [asGone, bearer(goneToken.token)]) expectOk(await send(who, "GET", "/api/v1/me"));
  await deactivate(gone);

  const credentials: Record<TWho, TCredentials> = {
    anonymous: {},
    reviewer: asReviewer,
    other: asOther,
    editor: asEditor,
    admin: asAdmin,
    token: bearer(reviewerToken.token),
    deactivatedSession: asGone,
    deactivatedToken: bearer(goneToken.token),
    revokedToken: bearer(revoked.token),
  };
  return {
    tag,
    users: { reviewer, other, editor, admin, gone },
    credentials,
    investigationId: investigation.id,
    sourceId,
    blindClaim,
    blindClaimText,
    secret,
    newClaim,
    newComment,
    newVerdict,
    // Straight into the table: one per attempt through the API would trip the token-creation limit
    // (10 per 15 minutes), which is not what the DELETE row tests.
    newToken: async () => {
      const id = `tok${randomBytes(8).toString("hex")}`;
      await sql(`INSERT INTO "ApiToken" (id, "userId", name, "tokenHash", prefix) VALUES ($1, $2, $3, $4, 'fdk_test')`, [id, reviewer.id, `fresh ${n++}`, `hash-${id}`]);
      return { id };
    },
  };
}

function expectOk(reply: Awaited<ReturnType<typeof send>>) {
  if (reply.status < 200 || reply.status >= 300) throw new Error(`Setting up the desk failed: ${reply.status} ${reply.text.slice(0, 300)}`);
  return reply.status === 204 ? null : reply.json();
}
