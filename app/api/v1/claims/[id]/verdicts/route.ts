import { apiRoute } from "@/lib/server/api";
import { ZIdParams } from "@/lib/server/api-schemas";
import { db } from "@/lib/server/db";
import { listVerdicts } from "@/lib/verdicts/list-verdicts";

/** Honours blind review: `others` is null (and `hiddenCount` set) until the caller has a verdict. */
export const GET = apiRoute({ params: ZIdParams }, async ({ actor, params }) => {
  const verdicts = await listVerdicts({ db, actor, input: { claimId: params.id } });
  const items = [...(verdicts.mine ? [verdicts.mine] : []), ...(verdicts.others ?? [])];
  return { items, nextCursor: null, ...verdicts };
});
