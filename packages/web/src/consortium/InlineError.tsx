// A field's complaint under an input that has no `Field` around it (a cell of a schedule or a role table).
import type { ReactNode } from "react";
import type { FieldError } from "../api/client.ts";
import { useFieldErrorText } from "../ui/errors.ts";

export function InlineError({ error }: { error: FieldError | string | undefined }) {
  const errorText = useFieldErrorText();
  return error ? <div className="field__error">{errorText(error)}</div> : null;
}

/** An input of a table form, marked invalid with its complaint underneath. */
export function TableCellField({
  error,
  children,
}: {
  error: FieldError | string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={error ? "field field--invalid" : "field"}>
      {children}
      <InlineError error={error} />
    </div>
  );
}
