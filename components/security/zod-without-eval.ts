"use client";

import { z } from "zod";

// zod 4 probes for `Function("")` the first time it parses an object, to compile faster parsers.
// Under our CSP (no 'unsafe-eval') the probe is caught by zod but still reported as a CSP
// violation in the browser; jitless mode skips the probe. Loaded once, from the root layout.
z.config({ jitless: true });

export function ZodWithoutEval() {
  return null;
}
