// The project's terms under the treaties: the kind of work (the points tables differ), the reporting currency
// shares are counted in, and the language versions. Saved with the version it was loaded at; when someone else
// saved first (409) the form shows the current terms and says so.
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { Consortium } from "../api/types.ts";
import { currencyName, languageName } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { parseLanguageList } from "../projects/titles.ts";
import { Badge } from "../ui/badges.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice, Panel } from "../ui/layout.tsx";
import { useConsortiumFieldError } from "./field-errors.ts";
import { CurrencySelect } from "./pickers.tsx";
import { useConsortiumChanged } from "./queries.ts";

const workKinds: readonly Consortium["workKind"][] = ["fiction", "animation", "documentary"];

export function ProjectTermsPanel({
  projectId,
  consortium,
  currencies,
  canEdit,
}: {
  projectId: string;
  consortium: Consortium;
  /** The partners' currencies, offered first. */
  currencies: readonly string[];
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [isEditing, setIsEditing] = useState(false);
  const [hasConflict, setHasConflict] = useState(false);
  return (
    <Panel
      id="terms"
      title={t("consortium.terms.title")}
      actions={
        canEdit && !isEditing ? (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => {
              setIsEditing(true);
              setHasConflict(false);
            }}
          >
            {t("common.edit")}
          </button>
        ) : null
      }
    >
      {hasConflict ? (
        <Notice tone="warning" onClose={() => setHasConflict(false)}>
          {t("consortium.terms.conflict")}
        </Notice>
      ) : null}
      {isEditing ? (
        <ProjectTermsForm
          // A new version (someone else's save) resets the form to the current terms.
          key={consortium.version}
          projectId={projectId}
          consortium={consortium}
          currencies={currencies}
          onDone={() => {
            setIsEditing(false);
            setHasConflict(false);
          }}
          onConflict={() => setHasConflict(true)}
        />
      ) : (
        <dl className="terms" data-testid="terms">
          <div className="terms__item">
            <dt>{t("consortium.terms.workKind")}</dt>
            <dd>
              <Badge tone="accent">{t(`consortium.workKind.${consortium.workKind}`)}</Badge>
            </dd>
          </div>
          <div className="terms__item">
            <dt>{t("consortium.terms.currency")}</dt>
            <dd>
              <strong>{consortium.reportingCurrency}</strong>
              <span className="muted">{currencyName(consortium.reportingCurrency, locale)}</span>
            </dd>
          </div>
          <div className="terms__item terms__item--wide">
            <dt>{t("consortium.terms.languages")}</dt>
            <dd>
              {consortium.languageVersions.length > 0 ? (
                consortium.languageVersions.map((code) => languageName(code, locale)).join(", ")
              ) : (
                <span className="muted">{t("common.notSet")}</span>
              )}
            </dd>
          </div>
        </dl>
      )}
    </Panel>
  );
}

function ProjectTermsForm({
  projectId,
  consortium,
  currencies,
  onDone,
  onConflict,
}: {
  projectId: string;
  consortium: Consortium;
  currencies: readonly string[];
  onDone: () => void;
  onConflict: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const fieldText = useConsortiumFieldError();
  const changed = useConsortiumChanged(projectId);
  const [workKind, setWorkKind] = useState(consortium.workKind);
  const [currency, setCurrency] = useState(consortium.reportingCurrency);
  const [languages, setLanguages] = useState(consortium.languageVersions.join(", "));
  const save = useMutation({
    mutationFn: () =>
      api.updateConsortium(projectId, {
        version: consortium.version,
        workKind,
        reportingCurrency: currency,
        languageVersions: parseLanguageList(languages.toLowerCase()),
      }),
    onSuccess: async () => {
      await changed();
      onDone();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409) {
        onConflict();
        await changed();
      }
    },
  });
  const error = save.error instanceof ApiError && save.error.status === 409 ? null : save.error;
  return (
    <form
      className="form form--grid"
      aria-label={t("consortium.terms.title")}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Field label={t("consortium.terms.workKind")} error={fieldText(error, "workKind")}>
        {(props) => (
          <select
            {...props}
            value={workKind}
            onChange={(event) => setWorkKind(event.target.value as Consortium["workKind"])}
          >
            {workKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`consortium.workKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t("consortium.terms.currency")}
        hint={t("consortium.terms.currencyHint")}
        error={fieldText(error, "reportingCurrency")}
      >
        {(props) => (
          <CurrencySelect
            {...props}
            value={currency}
            preferred={[consortium.reportingCurrency, ...currencies]}
            onChange={setCurrency}
          />
        )}
      </Field>
      <Field
        label={t("consortium.terms.languages")}
        hint={t("consortium.languagesHint")}
        error={fieldText(error, "languageVersions", {
          invalid_format: "consortium.fieldError.languageFormat",
        })}
        wide
      >
        {(props) => (
          <input {...props} value={languages} onChange={(event) => setLanguages(event.target.value)} />
        )}
      </Field>
      {error ? <Notice tone="danger">{errorText(error)}</Notice> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
