// The structured terms of a memorandum or agreement as a form, shared by a new document and a new version: the
// parties and their shares (with the running sum), territories, contributions, deadlines, the governing treaty,
// the language versions and notes. It only edits a draft; the server's complaints are shown beside each field.
import { useId, useState } from "react";
import type { PartnerRole } from "../api/types.ts";
import { sumPercentages } from "../consortium/percent.ts";
import { countryName, languageName } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { fieldsAt, useTermsErrorText } from "./term-errors.ts";
import { splitCodes, type TermsDraft } from "./terms-draft.ts";
import { ContributionsSection, DeadlinesSection } from "./TermsLists.tsx";
import {
  Cell,
  OrganizationSelect,
  organizationChoices,
  PartnerOptions,
  Row,
  Section,
  TermsField,
  usePartnerLabel,
  type TermsEditorProps,
} from "./terms-parts.tsx";

const partnerRoles: readonly PartnerRole[] = ["lead_producer", "co_producer", "financier", "service"];

export function TermsEditor(props: TermsEditorProps) {
  return (
    <div className="terms-editor">
      <PartiesSection {...props} />
      <TerritoriesSection {...props} />
      <ContributionsSection {...props} />
      <DeadlinesSection {...props} />
      <OtherTerms {...props} />
    </div>
  );
}

function PartiesSection({ value, onChange, partners, error }: TermsEditorProps) {
  const t = useT();
  const label = usePartnerLabel(partners);
  const sum = sumPercentages(value.parties.map((party) => party.share));
  const errorText = useTermsErrorText();
  const sumErrors = fieldsAt(error, "terms.parties").filter((field) => field.path === "terms.parties");
  const setParty = (index: number, change: Partial<TermsDraft["parties"][number]>) =>
    onChange({
      ...value,
      parties: value.parties.map((party, at) => (at === index ? { ...party, ...change } : party)),
    });
  const unused = partners.find(
    (partner) => !value.parties.some((party) => party.organizationId === partner.organizationId),
  );
  return (
    <Section
      name="parties"
      title={t("documents.terms.parties")}
      headers={[t("documents.terms.party"), t("documents.terms.role"), t("documents.terms.share")]}
      count={value.parties.length}
      empty={t("documents.terms.noParties")}
      addLabel={t("documents.terms.addParty")}
      onAdd={
        unused
          ? () =>
              onChange({
                ...value,
                parties: [
                  ...value.parties,
                  { organizationId: unused.organizationId, role: unused.role, share: "" },
                ],
              })
          : undefined
      }
      footer={
        <div className="terms-sum">
          <div
            className={sum === "100" ? "shares-form__sum is-ok" : "shares-form__sum"}
            data-testid="terms-sum"
          >
            {t("documents.terms.sum", { sum: sum ?? "?" })}
          </div>
          {sumErrors.map((field) => (
            <div key={field.code ?? field.message} className="field__error">
              {errorText(field)}
            </div>
          ))}
        </div>
      }
    >
      {value.parties.map((party, index) => {
        const at = `terms.parties.${index}`;
        const name = label(party.organizationId);
        return (
          <Row
            key={index}
            label={t("documents.terms.partyRow", { number: index + 1 })}
            onRemove={() => onChange({ ...value, parties: value.parties.filter((_, i) => i !== index) })}
          >
            <Cell
              label={t("documents.terms.partyRow", { number: index + 1 })}
              errors={fieldsAt(error, `${at}.organizationId`)}
            >
              {(props) => (
                <select
                  {...props}
                  value={party.organizationId}
                  onChange={(event) => {
                    const partner = partners.find((entry) => entry.organizationId === event.target.value);
                    setParty(index, {
                      organizationId: event.target.value,
                      ...(partner ? { role: partner.role } : {}),
                    });
                  }}
                >
                  <PartnerOptions partners={partners} value={party.organizationId} label={label} />
                </select>
              )}
            </Cell>
            <Cell label={`${t("documents.terms.role")} — ${name}`} errors={fieldsAt(error, `${at}.role`)}>
              {(props) => (
                <select
                  {...props}
                  value={party.role}
                  onChange={(event) => setParty(index, { role: event.target.value as PartnerRole })}
                >
                  {partnerRoles.map((role) => (
                    <option key={role} value={role}>
                      {t(`partnerRole.${role}`)}
                    </option>
                  ))}
                </select>
              )}
            </Cell>
            <Cell label={`${t("documents.terms.share")} — ${name}`} errors={fieldsAt(error, `${at}.share`)}>
              {(props) => (
                <input
                  {...props}
                  className="terms-cell__number"
                  inputMode="decimal"
                  value={party.share}
                  placeholder="0"
                  onChange={(event) => setParty(index, { share: event.target.value })}
                />
              )}
            </Cell>
          </Row>
        );
      })}
    </Section>
  );
}

function TerritoriesSection({ value, onChange, partners, error }: TermsEditorProps) {
  const t = useT();
  const { locale } = useLocale();
  const label = usePartnerLabel(partners);
  const free = value.parties.find(
    (party) => !value.territories.some((territory) => territory.organizationId === party.organizationId),
  );
  const setTerritory = (index: number, change: Partial<TermsDraft["territories"][number]>) =>
    onChange({
      ...value,
      territories: value.territories.map((entry, at) => (at === index ? { ...entry, ...change } : entry)),
    });
  return (
    <Section
      name="territories"
      title={t("documents.terms.territories")}
      hint={t("documents.terms.territoriesHint")}
      headers={[t("documents.terms.party"), t("documents.terms.countries")]}
      count={value.territories.length}
      empty={t("documents.terms.noTerritories")}
      addLabel={t("documents.terms.addTerritory")}
      onAdd={() =>
        onChange({
          ...value,
          territories: [...value.territories, { organizationId: free?.organizationId ?? "", countries: "" }],
        })
      }
    >
      {value.territories.map((territory, index) => {
        const at = `terms.territories.${index}`;
        const codes = splitCodes(territory.countries);
        return (
          <Row
            key={index}
            label={t("documents.terms.territoryRow", { number: index + 1 })}
            onRemove={() =>
              onChange({ ...value, territories: value.territories.filter((_, i) => i !== index) })
            }
          >
            <Cell
              label={`${t("documents.terms.party")} — ${t("documents.terms.territoryRow", { number: index + 1 })}`}
              errors={fieldsAt(error, `${at}.organizationId`)}
            >
              {(props) => (
                <OrganizationSelect
                  {...props}
                  value={territory.organizationId}
                  choices={organizationChoices(value, territory.organizationId)}
                  label={label}
                  onChange={(organizationId) => setTerritory(index, { organizationId })}
                />
              )}
            </Cell>
            <Cell
              label={`${t("documents.terms.countries")} — ${label(territory.organizationId)}`}
              errors={fieldsAt(error, `${at}.countries`)}
              hint={codes.map((code) => countryName(code.toUpperCase(), locale)).join(", ")}
            >
              {(props) => (
                <input
                  {...props}
                  value={territory.countries}
                  placeholder="KZ, UZ"
                  autoCapitalize="characters"
                  onChange={(event) => setTerritory(index, { countries: event.target.value })}
                />
              )}
            </Cell>
          </Row>
        );
      })}
    </Section>
  );
}

function OtherTerms({ value, onChange, treaties, error }: TermsEditorProps) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const isPack = treaties.some((treaty) => treaty.id === value.governingTreaty);
  // "In words" stays chosen while its text is still empty.
  const [inWords, setInWords] = useState(value.governingTreaty !== "" && !isPack);
  const choice = isPack ? value.governingTreaty : inWords || value.governingTreaty !== "" ? "other" : "";
  const languages = splitCodes(value.languageVersions);
  return (
    <div className="terms-other">
      <TermsField
        label={t("documents.terms.governingTreaty")}
        errors={fieldsAt(error, "terms.governingTreaty")}
        hint={t("documents.terms.governingTreatyHint")}
      >
        {(props) => (
          <div className="terms-treaty">
            <select
              {...props}
              value={choice}
              onChange={(event) => {
                const next = event.target.value;
                setInWords(next === "other");
                onChange({ ...value, governingTreaty: next === "other" ? "" : next });
              }}
            >
              <option value="">{t("documents.terms.treatyNone")}</option>
              {treaties.map((treaty) => (
                <option key={treaty.id} value={treaty.id}>
                  {treaty.name}
                </option>
              ))}
              <option value="other">{t("documents.terms.treatyInWords")}</option>
            </select>
            {choice === "other" ? (
              <input
                id={`${id}-words`}
                aria-label={t("documents.terms.treatyWords")}
                value={value.governingTreaty}
                placeholder={t("documents.terms.treatyWordsExample")}
                onChange={(event) => onChange({ ...value, governingTreaty: event.target.value })}
              />
            ) : null}
          </div>
        )}
      </TermsField>
      <TermsField
        label={t("documents.terms.languageVersions")}
        errors={fieldsAt(error, "terms.languageVersions")}
        hint={
          languages.length > 0
            ? languages.map((code) => languageName(code.toLowerCase(), locale)).join(", ")
            : t("documents.terms.languageVersionsHint")
        }
      >
        {(props) => (
          <input
            {...props}
            value={value.languageVersions}
            placeholder="ru, kk, be"
            onChange={(event) => onChange({ ...value, languageVersions: event.target.value })}
          />
        )}
      </TermsField>
      <TermsField label={t("documents.terms.notes")} errors={fieldsAt(error, "terms.notes")} wide>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={value.notes}
            onChange={(event) => onChange({ ...value, notes: event.target.value })}
          />
        )}
      </TermsField>
    </div>
  );
}
