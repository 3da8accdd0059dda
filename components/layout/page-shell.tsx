import type { Actor } from "@/lib/auth/actor";
import { AppHeader } from "./app-header";

export function PageShell({ actor, children }: { actor: Actor; children: React.ReactNode }) {
  return (
    <>
      <AppHeader actor={actor} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
