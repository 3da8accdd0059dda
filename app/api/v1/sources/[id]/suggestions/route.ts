import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";
import { ZSuggestionsQuery } from "@/lib/suggestions/schemas";
import { suggestClaims } from "@/lib/suggestions/suggest-claims";

export const GET = apiRoute({ params: ZIdParams, query: ZSuggestionsQuery }, ({ actor, params, query }) =>
  suggestClaims({ db, actor, input: { sourceId: params.id, limit: query.limit } }),
);
