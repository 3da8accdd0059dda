import { ApiError, apiFetch, type TFieldError } from "@/components/lib/api-client";
import type { TVerdictDto } from "@/lib/verdicts/dto";
import type { toSavePayload } from "@/lib/verdicts/verdict-form-model";

export type TSaveResult =
  | { kind: "saved"; verdict: TVerdictDto }
  | { kind: "stale"; current: TVerdictDto | null }
  | { kind: "settled" }
  | { kind: "invalid"; fields: TFieldError[]; message: string }
  | { kind: "failed"; message: string };

/** PUT the reviewer's own verdict and sort the answer into what the form must do next. */
export async function putVerdict(claimId: string, payload: ReturnType<typeof toSavePayload>): Promise<TSaveResult> {
  try {
    const verdict = await apiFetch<TVerdictDto>(`/api/v1/claims/${encodeURIComponent(claimId)}/verdicts/me`, { method: "PUT", body: payload });
    return { kind: "saved", verdict };
  } catch (error) {
    if (!(error instanceof ApiError)) return { kind: "failed", message: String(error) };
    if (error.status === 409 && error.reason === "SETTLED") return { kind: "settled" };
    if (error.status === 409) {
      const current = error.details?.current;
      return { kind: "stale", current: current && typeof current === "object" ? (current as TVerdictDto) : null };
    }
    if (error.status === 400) return { kind: "invalid", fields: error.fields, message: error.message };
    return { kind: "failed", message: error.message };
  }
}
