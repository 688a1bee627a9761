// Form fields with a label, a hint and an inline error, wired for screen readers.
import { useId, type ReactNode } from "react";
import type { FieldError } from "../api/client.ts";
import { useFieldErrorText } from "./errors.ts";

export function Field({
  label,
  hint,
  error,
  children,
  wide,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldError | string | undefined;
  wide?: boolean;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const id = useId();
  const errorText = useFieldErrorText();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`field${wide ? " field--wide" : ""}${error ? " field--invalid" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="field__error" id={`${id}-error`}>
          {errorText(error)}
        </div>
      ) : null}
    </div>
  );
}
