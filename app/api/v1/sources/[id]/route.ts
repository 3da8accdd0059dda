import { listClaims } from "@/lib/claims/list-claims";
import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";
import { getSource } from "@/lib/sources/get-source";

export const GET = apiRoute({ params: ZIdParams }, async ({ actor, params }) => {
  const { cleanText, rawText, ...source } = await getSource({ db, actor, input: { sourceId: params.id } });
  void rawText;
  const claims = await listClaims({ db, actor, input: { sourceId: params.id, limit: 200 } });
  return { ...source, text: cleanText, claims: claims.items, claimsNextCursor: claims.nextCursor };
});
