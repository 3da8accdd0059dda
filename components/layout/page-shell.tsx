import type { Actor } from "@/lib/auth/actor";
import { AppHeader } from "./app-header";

export function PageShell({ actor, children, wide = false }: { actor: Actor; children: React.ReactNode; wide?: boolean }) {
  return (
    <>
      <AppHeader actor={actor} wide={wide} />
      <main id="main" className={`mx-auto px-4 py-8 ${wide ? "max-w-[96rem]" : "max-w-6xl"}`}>
        {children}
      </main>
    </>
  );
}
