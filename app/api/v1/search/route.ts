import { z } from "zod";
import { searchEverything } from "@/lib/search/search-everything";
import { apiRoute } from "@/lib/server/api";
import { db } from "@/lib/server/db";

/** `?q=&investigationId=&kinds=&limit=` → `{ query, terms, hits }`; the use case parses the query (400 per field). */
export const GET = apiRoute({ query: z.record(z.string(), z.string()) }, ({ actor, query }) => searchEverything({ db, actor, input: query }));
