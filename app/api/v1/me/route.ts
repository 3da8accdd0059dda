import { apiRoute } from "@/lib/server/api";

/** Who the session or token belongs to: id, email, name and role. */
export const GET = apiRoute({}, async ({ actor }) => actor);
