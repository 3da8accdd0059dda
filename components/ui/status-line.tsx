import type { TActionStatus } from "./use-row-action";

/** Always rendered, so screen readers announce the outcome when its text arrives. */
export function StatusLine({ status, testId }: { status: TActionStatus; testId?: string }) {
  return (
    <p role="status" data-testid={testId} className={status ? `mb-2 text-sm ${status.ok ? "text-emerald-800" : "text-red-700"}` : "sr-only"}>
      {status?.text ?? ""}
    </p>
  );
}
