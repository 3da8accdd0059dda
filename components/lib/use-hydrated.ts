"use client";

import { useEffect, useState } from "react";

/**
 * False in the server's HTML and until this component runs in the browser. Controls that do
 * nothing without their code (a select that saves on change, a lazily loaded form) stay disabled
 * until then, so an early click or choice is not silently lost.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
