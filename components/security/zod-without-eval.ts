"use client";

import { z } from "zod";

// zod 4 probes for `Function("")` the first time it parses an object, to compile faster parsers.
// Under our CSP (no 'unsafe-eval') the probe is caught by zod but still reported as a CSP
// violation in the browser; jitless mode skips the probe. Import this module (for its effect)
// before any schema in client code that parses with zod. It is not in the root layout, so pages
// that never parse with zod in the browser do not download zod (31 kB gzip).
z.config({ jitless: true });
