import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { ZIdParams } from "@/lib/server/api-schemas";
import { ZChangePassword, ZInvite, ZRole, ZSetLocale } from "@/lib/users/schemas";
import { body, errors, json, noContent, v1 } from "./common";

// Account management (admins) and the caller's own password. Response schemas are checked against
// the DTO types in lib/api/openapi.test.ts.

const id = z.string().describe("cuid");
const at = z.iso.datetime().describe("ISO 8601, UTC");

export const ZAccount = z
  .object({ id, name: z.string(), email: z.string(), role: ZRole, active: z.boolean().describe("false: deactivated, cannot sign in, tokens refused"), createdAt: at, lastSignInAt: at.nullable() })
  .meta({ id: "Account" });

export const ZPendingInvitation = z
  .object({ id, email: z.string(), role: ZRole, createdAt: at, expiresAt: at, invitedBy: z.string().nullable().describe("The inviting admin's name") })
  .meta({ id: "Invitation" });

export const ZCreatedInvitation = z
  .object({ id, url: z.string().describe("The one-time link for the invitee: shown only in this response"), expiresAt: at })
  .meta({ id: "CreatedInvitation" });

export const ZLocaleChoice = z.object({ locale: ZSetLocale.shape.locale }).meta({ id: "LocaleChoice" });

export const ZAccountList = z.object({ items: z.array(ZAccount), invitations: z.array(ZPendingInvitation).describe("Pending (unused, unexpired) invitations"), nextCursor: z.null() });

const ZUpdateUserBody = z.object({ role: ZRole.optional().describe("The new role"), active: z.boolean().optional().describe("false deactivates: sessions and tokens stop at once") }).describe("At least one of role and active");

const admins = "Admins only (403 for everyone else).";

export const accountPaths: ZodOpenApiPathsObject = {
  "/api/v1/users": {
    get: v1({ tags: ["Accounts"], summary: "Every account and the pending invitations", description: admins, responses: { "200": json(ZAccountList, "Accounts, active first"), ...errors([403]) } }),
  },
  "/api/v1/users/{id}": {
    patch: v1(
      {
        tags: ["Accounts"],
        summary: "Change an account's role, deactivate or reactivate it",
        description: `${admins} Deactivation takes effect on the member's next request. 409 (reason LAST_ADMIN) when the change would leave no active admin.`,
        requestParams: { path: ZIdParams },
        requestBody: body(ZUpdateUserBody),
        responses: { "200": json(ZAccount, "The account after the change"), ...errors([400, 403, 404, 409]) },
      },
      { jsonBody: true },
    ),
  },
  "/api/v1/invitations": {
    post: v1(
      {
        tags: ["Accounts"],
        summary: "Invite a member by email with a role",
        description: `${admins} The link is valid 7 days and works once; only a hash of it is stored, so pass it on now. A newer invitation for the same email replaces older ones. 20 per hour per admin.`,
        requestBody: body(ZInvite),
        responses: { "201": json(ZCreatedInvitation, "The invitation and its link"), ...errors([400, 403, 409, 429], { 409: "The email already has an account" }) },
      },
      { jsonBody: true },
    ),
  },
  "/api/v1/invitations/{id}": {
    delete: v1({ tags: ["Accounts"], summary: "Withdraw a pending invitation", description: admins, requestParams: { path: ZIdParams }, responses: { "204": noContent, ...errors([403, 404], { 404: "No pending invitation with that id" }) } }),
  },
  "/api/v1/me/password": {
    post: v1(
      {
        tags: ["Me"],
        summary: "Change your own password (session only)",
        description: "The current password is required; 5 wrong ones in 15 minutes lock further tries (429). The new one needs 12+ characters, must not be a common password or your email.",
        security: [{ session: [] }],
        requestBody: body(ZChangePassword),
        responses: { "204": noContent, ...errors([400, 429], { 400: "Wrong current password (field currentPassword) or a new password the policy refuses (field newPassword)" }) },
      },
      { jsonBody: true },
    ),
  },
  "/api/v1/me/locale": {
    put: v1(
      {
        tags: ["Me"],
        summary: "Choose your UI language",
        description: "Kept on your account: from then on the web pages use it on every device, whatever the browser's Accept-Language says.",
        requestBody: body(ZSetLocale),
        responses: { "200": json(ZLocaleChoice, "The language now saved"), ...errors([400], { 400: "Not one of en, zh-Hans, zh-Hant (field locale)" }) },
      },
      { jsonBody: true },
    ),
  },
};
