"use client";

// Signs out as next-auth's client does (CSRF token, then POST /api/auth/signout), without loading
// next-auth/react on every page (12 kB gzip of first-load JavaScript, for one button).
async function signOut(): Promise<void> {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
    });
  } finally {
    // Signed out or not, the login page is the right place: it shows the session state truthfully.
    window.location.assign("/login");
  }
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void signOut()} className="rounded border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-100">
      {label}
    </button>
  );
}
