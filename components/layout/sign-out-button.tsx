import { signOut } from "@/lib/server/sign-out";

/** A plain form posting the sign-out server action: no JavaScript of its own on any page. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOut}>
      <button type="submit" className="rounded border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-100">
        {label}
      </button>
    </form>
  );
}
