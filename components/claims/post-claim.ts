import { apiFetch } from "@/components/lib/api-client";
import type { TAnchor } from "@/lib/claims/anchor";
import type { TClaimDto } from "@/lib/claims/dto";

/** The one way the reading view pins a claim: the anchor's W3C quote and position selectors. */
export function postClaim(sourceId: string, text: string, anchor: TAnchor): Promise<TClaimDto> {
  const { exact, prefix, suffix } = anchor.quote;
  return apiFetch<TClaimDto>("/api/v1/claims", { method: "POST", body: { sourceId, text, selector: { exact, prefix, suffix, ...anchor.position } } });
}
