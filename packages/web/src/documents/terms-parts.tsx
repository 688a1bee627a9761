// The pieces the terms editor is built of: a section of rows with its column headings, a row with its remove
// button, a cell whose input is labelled by column and row and shows its own errors under it, a labelled field,
// and the choice of a party. Layout only: nothing here knows what a share or an amount is.
import { useId, type ReactNode } from "react";
import type { FieldError } from "../api/client.ts";
import type { ProjectPartner } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useTermsErrorText } from "./term-errors.ts";
import type { TermsDraft } from "./terms-draft.ts";

export interface TreatyOption {
  id: string;
  name: string;
}

export interface TermsEditorProps {
  value: TermsDraft;
  onChange: (next: TermsDraft) => void;
  /** The project's accepted partners: who may be a party. */
  partners: readonly ProjectPartner[];
  /** Rule packs that may be named as the governing treaty by id. */
  treaties: readonly TreatyOption[];
  /** The failed request, whose field errors are shown in place. */
  error: unknown;
}

/** The partner's name in the interface language, with its country: "Беларусьфильм (BY)". */
export function usePartnerLabel(partners: readonly ProjectPartner[]): (organizationId: string) => string {
  const { locale } = useLocale();
  return (organizationId) => {
    const partner = partners.find((entry) => entry.organizationId === organizationId);
    return partner ? `${pickText(partner.names, locale)} (${partner.country})` : organizationId;
  };
}

/** The organizations a territory or contribution may name: the parties, and whatever the row names now. */
export function organizationChoices(value: TermsDraft, current: string): string[] {
  const ids = value.parties.map((party) => party.organizationId).filter((id) => id !== "");
  return [...new Set(current === "" || ids.includes(current) ? ids : [current, ...ids])];
}

export function Section({
  name,
  title,
  hint,
  headers,
  count,
  empty,
  addLabel,
  onAdd,
  footer,
  children,
}: {
  name: "parties" | "territories" | "contributions" | "deadlines";
  title: string;
  hint?: string;
  headers: string[];
  count: number;
  empty: string;
  addLabel: string;
  onAdd: (() => void) | undefined;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className={`terms-section terms-section--${name}`} data-testid={`terms-${name}`}>
      <legend className="terms-section__title">
        {title}
        {count > 0 ? <span className="terms-section__count">{count}</span> : null}
      </legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {count > 0 ? (
        <div className="terms-grid">
          <div className="terms-row terms-row--head" aria-hidden="true">
            {headers.map((header) => (
              <span key={header}>{header}</span>
            ))}
          </div>
          {children}
        </div>
      ) : (
        <p className="terms-section__empty">{empty}</p>
      )}
      {footer && count > 0 ? footer : null}
      {onAdd ? (
        <div>
          <button type="button" className="button button--ghost button--small" onClick={onAdd}>
            {addLabel}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}

export function Row({
  label,
  onRemove,
  children,
}: {
  label: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <div className="terms-row" role="group" aria-label={label}>
      {children}
      <button
        type="button"
        className="terms-row__remove"
        aria-label={t("documents.terms.removeRow", { row: label })}
        title={t("documents.terms.removeRow", { row: label })}
        onClick={onRemove}
      >
        ×
      </button>
    </div>
  );
}

export type ControlProps = {
  "aria-label"?: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  id?: string;
};

/** One input in a row, labelled for screen readers by its column and row, with its errors under it. */
export function Cell({
  label,
  errors,
  currency,
  hint,
  children,
}: {
  label: string;
  errors: FieldError[];
  currency?: string;
  hint?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const errorText = useTermsErrorText();
  const messages = [...new Set(errors.map((field) => errorText(field, currency ? { currency } : undefined)))];
  return (
    <div className={messages.length > 0 ? "terms-cell field--invalid" : "terms-cell"}>
      {children({
        "aria-label": label,
        ...(messages.length > 0 ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {}),
      })}
      {messages.length > 0 ? (
        <div className="field__error" id={`${id}-error`}>
          {messages.join("; ")}
        </div>
      ) : hint ? (
        <div className="field__hint">{hint}</div>
      ) : null}
    </div>
  );
}

/** A labelled field outside the rows, like `Field` but with the documents' wording of errors. */
export function TermsField({
  label,
  errors,
  hint,
  wide,
  children,
}: {
  label: string;
  errors: FieldError[];
  hint?: string;
  wide?: boolean;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const errorText = useTermsErrorText();
  const messages = [...new Set(errors.map((field) => errorText(field)))];
  const describedBy = [hint ? `${id}-hint` : null, messages.length > 0 ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`field${wide ? " field--wide" : ""}${messages.length > 0 ? " field--invalid" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        ...(messages.length > 0 ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {messages.length > 0 ? (
        <div className="field__error" id={`${id}-error`}>
          {messages.join("; ")}
        </div>
      ) : null}
    </div>
  );
}

export function PartnerOptions({
  partners,
  value,
  label,
}: {
  partners: readonly ProjectPartner[];
  value: string;
  label: (organizationId: string) => string;
}) {
  const t = useT();
  const known = partners.some((partner) => partner.organizationId === value);
  return (
    <>
      {value === "" ? <option value="">{t("documents.terms.choose")}</option> : null}
      {!known && value !== "" ? <option value={value}>{label(value)}</option> : null}
      {partners.map((partner) => (
        <option key={partner.organizationId} value={partner.organizationId}>
          {label(partner.organizationId)}
        </option>
      ))}
    </>
  );
}

export function OrganizationSelect({
  value,
  choices,
  label,
  onChange,
  ...props
}: ControlProps & {
  value: string;
  choices: readonly string[];
  label: (organizationId: string) => string;
  onChange: (organizationId: string) => void;
}) {
  const t = useT();
  return (
    <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
      {value === "" ? <option value="">{t("documents.terms.choose")}</option> : null}
      {choices.map((organizationId) => (
        <option key={organizationId} value={organizationId}>
          {label(organizationId)}
        </option>
      ))}
    </select>
  );
}
