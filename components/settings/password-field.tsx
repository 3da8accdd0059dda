type Props = { name: string; label: string; error: string | undefined; autoComplete: string; hint?: string };

/** A password input with its hint and error tied to it for screen readers. */
export function PasswordField({ name, label, error, autoComplete, hint }: Props) {
  const described = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-700">{label}</label>
      <input
        id={name}
        name={name}
        type="password"
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className="mt-1 w-full rounded border border-slate-300 px-3 py-2 aria-invalid:border-red-500"
      />
      {hint && <p id={`${name}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p>}
      {error && <p id={`${name}-error`} className="mt-1 text-sm text-red-700">{error}</p>}
    </div>
  );
}
