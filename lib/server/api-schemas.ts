import { z } from "zod";

export const ZIdParams = z.object({ id: z.string().trim().min(1).max(64) });
export const ZInvestigationQuery = z.object({ investigationId: z.string().trim().min(1, "investigationId is required") });
