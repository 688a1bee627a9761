// The list-like terms of a document as rows: contributions (who brings what, how much, in which currency, by
// when) and deadlines. Each input says the server's complaint about it beside it.
import { useT } from "../i18n/locale.tsx";
import { fieldsAt } from "./term-errors.ts";
import type { TermsDraft } from "./terms-draft.ts";
import {
  Cell,
  OrganizationSelect,
  organizationChoices,
  Row,
  Section,
  usePartnerLabel,
  type TermsEditorProps,
} from "./terms-parts.tsx";

export function ContributionsSection({ value, onChange, partners, error }: TermsEditorProps) {
  const t = useT();
  const label = usePartnerLabel(partners);
  const setContribution = (index: number, change: Partial<TermsDraft["contributions"][number]>) =>
    onChange({
      ...value,
      contributions: value.contributions.map((entry, at) => (at === index ? { ...entry, ...change } : entry)),
    });
  const firstParty = value.parties[0]?.organizationId ?? "";
  return (
    <Section
      name="contributions"
      title={t("documents.terms.contributions")}
      headers={[
        t("documents.terms.party"),
        t("documents.terms.kind"),
        t("documents.terms.description"),
        t("documents.terms.amount"),
        t("documents.terms.currency"),
        t("documents.terms.due"),
      ]}
      count={value.contributions.length}
      empty={t("documents.terms.noContributions")}
      addLabel={t("documents.terms.addContribution")}
      onAdd={() =>
        onChange({
          ...value,
          contributions: [
            ...value.contributions,
            {
              organizationId: firstParty,
              kind: "cash",
              description: "",
              currency: partners.find((partner) => partner.organizationId === firstParty)?.currency ?? "",
              amount: "",
              due: "",
            },
          ],
        })
      }
    >
      {value.contributions.map((contribution, index) => {
        const at = `terms.contributions.${index}`;
        const row = t("documents.terms.contributionRow", { number: index + 1 });
        const errorsAt = (field: string) => fieldsAt(error, `${at}.${field}`);
        return (
          <Row
            key={index}
            label={row}
            onRemove={() =>
              onChange({ ...value, contributions: value.contributions.filter((_, i) => i !== index) })
            }
          >
            <Cell label={`${t("documents.terms.party")} — ${row}`} errors={errorsAt("organizationId")}>
              {(props) => (
                <OrganizationSelect
                  {...props}
                  value={contribution.organizationId}
                  choices={organizationChoices(value, contribution.organizationId)}
                  label={label}
                  onChange={(organizationId) => setContribution(index, { organizationId })}
                />
              )}
            </Cell>
            <Cell label={`${t("documents.terms.kind")} — ${row}`} errors={errorsAt("kind")}>
              {(props) => (
                <select
                  {...props}
                  value={contribution.kind}
                  onChange={(event) =>
                    setContribution(index, { kind: event.target.value as "cash" | "in-kind" })
                  }
                >
                  <option value="cash">{t("documents.terms.kind.cash")}</option>
                  <option value="in-kind">{t("documents.terms.kind.in-kind")}</option>
                </select>
              )}
            </Cell>
            <Cell label={`${t("documents.terms.description")} — ${row}`} errors={errorsAt("description")}>
              {(props) => (
                <input
                  {...props}
                  value={contribution.description}
                  onChange={(event) => setContribution(index, { description: event.target.value })}
                />
              )}
            </Cell>
            <Cell
              label={`${t("documents.terms.amount")} — ${row}`}
              errors={errorsAt("amount")}
              currency={contribution.currency.trim().toUpperCase()}
            >
              {(props) => (
                <input
                  {...props}
                  className="terms-cell__number"
                  inputMode="decimal"
                  value={contribution.amount}
                  placeholder="1500000.00"
                  onChange={(event) => setContribution(index, { amount: event.target.value })}
                />
              )}
            </Cell>
            <Cell label={`${t("documents.terms.currency")} — ${row}`} errors={errorsAt("currency")}>
              {(props) => (
                <input
                  {...props}
                  value={contribution.currency}
                  placeholder="RUB"
                  maxLength={3}
                  autoCapitalize="characters"
                  onChange={(event) => setContribution(index, { currency: event.target.value })}
                />
              )}
            </Cell>
            <Cell label={`${t("documents.terms.due")} — ${row}`} errors={errorsAt("due")}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={contribution.due}
                  onChange={(event) => setContribution(index, { due: event.target.value })}
                />
              )}
            </Cell>
          </Row>
        );
      })}
    </Section>
  );
}

export function DeadlinesSection({ value, onChange, error }: TermsEditorProps) {
  const t = useT();
  const setDeadline = (index: number, change: Partial<TermsDraft["deadlines"][number]>) =>
    onChange({
      ...value,
      deadlines: value.deadlines.map((entry, at) => (at === index ? { ...entry, ...change } : entry)),
    });
  return (
    <Section
      name="deadlines"
      title={t("documents.terms.deadlines")}
      headers={[t("documents.terms.what"), t("documents.terms.date")]}
      count={value.deadlines.length}
      empty={t("documents.terms.noDeadlines")}
      addLabel={t("documents.terms.addDeadline")}
      onAdd={() => onChange({ ...value, deadlines: [...value.deadlines, { what: "", date: "" }] })}
    >
      {value.deadlines.map((deadline, index) => {
        const at = `terms.deadlines.${index}`;
        const row = t("documents.terms.deadlineRow", { number: index + 1 });
        return (
          <Row
            key={index}
            label={row}
            onRemove={() => onChange({ ...value, deadlines: value.deadlines.filter((_, i) => i !== index) })}
          >
            <Cell label={`${t("documents.terms.what")} — ${row}`} errors={fieldsAt(error, `${at}.what`)}>
              {(props) => (
                <input
                  {...props}
                  value={deadline.what}
                  placeholder={t("documents.terms.whatExample")}
                  onChange={(event) => setDeadline(index, { what: event.target.value })}
                />
              )}
            </Cell>
            <Cell label={`${t("documents.terms.date")} — ${row}`} errors={fieldsAt(error, `${at}.date`)}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={deadline.date}
                  onChange={(event) => setDeadline(index, { date: event.target.value })}
                />
              )}
            </Cell>
          </Row>
        );
      })}
    </Section>
  );
}
