export type TAnchorErrorCode = "OUT_OF_RANGE" | "EMPTY" | "MISMATCH" | "SPLITS_CHARACTER";

// Anchoring stays free of lib/server so it runs anywhere (browser selection code, workers, tests);
// the claim use cases translate this into AppError("UNPROCESSABLE") at their boundary.
export class AnchorError extends Error {
  constructor(
    readonly code: TAnchorErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AnchorError";
  }
}
