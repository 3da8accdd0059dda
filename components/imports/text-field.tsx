"use client";

import { useId } from "react";

type Props = {
  name: string;
  /** Optional fields say so in their label (imports.paste.labelOptional). */
  label: React.ReactNode;
  required: boolean;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  type?: string;
  multiline?: boolean;
};

/** A labelled input or textarea whose error is announced and tied to it with aria-describedby. */
export function TextField({ name, label, required, value, error, onChange, type = "text", multiline = false }: Props) {
  const id = useId();
  const common = {
    id,
    name,
    value,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
    className: `mt-1 w-full rounded border bg-white px-2 py-1.5 text-sm focus:outline-none focus:ring-2 focus:ring-brand-600 ${error ? "border-red-500" : "border-slate-300"}`,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={10} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      {error && <p id={`${id}-error`} className="mt-1 text-xs text-red-700">{error}</p>}
    </div>
  );
}
