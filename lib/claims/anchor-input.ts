import { AppError } from "@/lib/server/errors";
import { AnchorError, validateSelector, type TAnchor, type TSelectorInput } from "./anchor";

/** Checks a client's selector against the stored clean text; a mismatch is the client's 400. */
export function anchorOrReject(text: string, selector: TSelectorInput, field = "selector"): TAnchor {
  try {
    return validateSelector(text, selector);
  } catch (error) {
    if (error instanceof AnchorError) {
      throw new AppError("BAD_REQUEST", error.message, { fields: [{ path: field, message: error.message }], reason: error.code });
    }
    throw error;
  }
}
