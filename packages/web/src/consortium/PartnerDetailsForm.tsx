// Changing one partner's home territories and obligations (credit, language versions it delivers).
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { api, type PartnerDetailsInput } from "../api/client.ts";
import type { ConsortiumPartner } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { parseLanguageList } from "../projects/titles.ts";
import { CountryCode } from "../ui/badges.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice } from "../ui/layout.tsx";
import { useConsortiumFieldError } from "./field-errors.ts";
import { CountryListInput } from "./pickers.tsx";
import { useConsortiumChanged } from "./queries.ts";

export function PartnerDetailsForm({
  projectId,
  partner,
  countries,
  onDone,
}: {
  projectId: string;
  partner: ConsortiumPartner;
  /** The consortium's countries, offered first. */
  countries: readonly string[];
  onDone: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const fieldText = useConsortiumFieldError();
  const changed = useConsortiumChanged(projectId);
  const [territories, setTerritories] = useState<string[]>(partner.homeTerritories);
  const [credit, setCredit] = useState(partner.obligations.credit ?? "");
  const [languages, setLanguages] = useState((partner.obligations.languageVersions ?? []).join(", "));
  const save = useMutation({
    mutationFn: () => {
      const languageVersions = parseLanguageList(languages.toLowerCase());
      const obligations: NonNullable<PartnerDetailsInput["obligations"]> = {
        ...(credit.trim() ? { credit: credit.trim() } : {}),
        ...(languageVersions.length > 0 ? { languageVersions } : {}),
      };
      return api.updatePartnerDetails(projectId, partner.organizationId, {
        homeTerritories: territories,
        obligations,
      });
    },
    onSuccess: async () => {
      await changed();
      onDone();
    },
  });
  return (
    <form
      className="form form--grid partner-form"
      aria-label={t("consortium.partners.edit", { partner: partner.name })}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <div className="partner-form__title">
        <CountryCode code={partner.country} /> {partner.name}
      </div>
      <Field
        label={t("consortium.partners.territories")}
        hint={t("consortium.partners.territoriesHint")}
        error={fieldText(save.error, "homeTerritories")}
        wide
      >
        {(props) => (
          <CountryListInput
            {...props}
            value={territories}
            preferred={countries}
            max={50}
            onChange={setTerritories}
          />
        )}
      </Field>
      <Field
        label={t("consortium.partners.credit")}
        hint={t("consortium.partners.creditHint")}
        error={fieldText(save.error, "obligations.credit")}
      >
        {(props) => (
          <input
            {...props}
            value={credit}
            maxLength={500}
            onChange={(event) => setCredit(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t("consortium.partners.languages")}
        hint={t("consortium.languagesHint")}
        error={fieldText(save.error, "obligations.languageVersions", {
          invalid_format: "consortium.fieldError.languageFormat",
        })}
      >
        {(props) => (
          <input {...props} value={languages} onChange={(event) => setLanguages(event.target.value)} />
        )}
      </Field>
      {save.isError ? <Notice tone="danger">{errorText(save.error)}</Notice> : null}
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
