// The project's partner organizations and, for the lead producer, inviting another one
// from the organization directory.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { PartnerRole, ProjectDetail } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { countryName, currencyName, pickText } from "../i18n/format.ts";
import { CountryCode, StatusBadge } from "../ui/badges.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice, Panel } from "../ui/layout.tsx";

const partnerRoleOrder: Record<PartnerRole, number> = {
  lead_producer: 0,
  co_producer: 1,
  financier: 2,
  service: 3,
};
const invitableRoles: readonly PartnerRole[] = ["co_producer", "financier", "service"];

export function PartnersPanel({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const [isInviting, setIsInviting] = useState(false);
  const canInvite = detail.permissions.includes("project.partners.invite");
  const partners = [...detail.partners].sort(
    (a, b) =>
      partnerRoleOrder[a.role] - partnerRoleOrder[b.role] ||
      pickText(a.names, locale).localeCompare(pickText(b.names, locale), locale),
  );

  return (
    <Panel
      id="partners"
      title={t("project.partners.title")}
      meta={t("project.partners.count", { count: partners.length })}
      actions={
        canInvite && !isInviting ? (
          <button type="button" className="button button--small" onClick={() => setIsInviting(true)}>
            + {t("project.invite.title")}
          </button>
        ) : null
      }
      flush
    >
      {isInviting ? <InvitePartnerForm detail={detail} onDone={() => setIsInviting(false)} /> : null}
      <table className="table" data-testid="partners">
        <thead>
          <tr>
            <th scope="col">{t("project.partners.organization")}</th>
            <th scope="col">{t("project.partners.country")}</th>
            <th scope="col">{t("project.partners.role")}</th>
            <th scope="col">{t("project.partners.currency")}</th>
            <th scope="col">{t("project.partners.status")}</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.organizationId}>
              <td className="table__strong">
                {pickText(partner.names, locale)}
                {partner.organizationId === detail.organizationId ? (
                  <span className="muted"> ({t("common.you")})</span>
                ) : null}
              </td>
              <td>
                <span className="country">
                  <CountryCode code={partner.country} />
                  {countryName(partner.country, locale)}
                </span>
              </td>
              <td>{t(`partnerRole.${partner.role}`)}</td>
              <td>
                {partner.currency ? (
                  <span title={currencyName(partner.currency, locale)}>{partner.currency}</span>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>
                <StatusBadge status={partner.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

function InvitePartnerForm({ detail, onDone }: { detail: ProjectDetail; onDone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const directory = useQuery({ queryKey: ["directory"], queryFn: api.directory });
  const invite = useMutation({
    mutationFn: (input: { organizationId: string; role: PartnerRole }) =>
      api.invitePartner(detail.project.id, input),
    onSuccess: async (_result, input) => {
      const organization = directory.data?.organizations.find((entry) => entry.id === input.organizationId);
      setSentTo(organization ? pickText(organization.names, locale) : input.organizationId);
      await queryClient.invalidateQueries({ queryKey: ["project", detail.project.id] });
    },
  });

  const taken = new Set(detail.partners.map((partner) => partner.organizationId));
  const candidates = (directory.data?.organizations ?? [])
    .filter((organization) => !taken.has(organization.id))
    .sort((a, b) => pickText(a.names, locale).localeCompare(pickText(b.names, locale), locale));

  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        setSentTo(null);
        invite.mutate(
          {
            organizationId: String(data.get("organizationId") ?? ""),
            role: String(data.get("role") ?? "co_producer") as PartnerRole,
          },
          { onSuccess: () => form.reset() },
        );
      }}
    >
      {sentTo ? <Notice tone="success">{t("project.invite.sent", { organization: sentTo })}</Notice> : null}
      {invite.isError ? (
        <Notice tone="danger">{errorText(invite.error, { ALREADY_EXISTS: "project.invite.exists" })}</Notice>
      ) : null}
      {directory.isError ? <Notice tone="danger">{errorText(directory.error)}</Notice> : null}
      {directory.isSuccess && candidates.length === 0 ? (
        <p className="muted">{t("project.invite.none")}</p>
      ) : (
        <div className="inline-form__row">
          <Field label={t("project.invite.organization")}>
            {(props) => (
              <select {...props} name="organizationId" required defaultValue="">
                <option value="" disabled>
                  {t("project.invite.choose")}
                </option>
                {candidates.map((organization) => (
                  <option key={organization.id} value={organization.id}>
                    {pickText(organization.names, locale)} · {countryName(organization.country, locale)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("project.invite.role")}>
            {(props) => (
              <select {...props} name="role" defaultValue="co_producer">
                {invitableRoles.map((role) => (
                  <option key={role} value={role}>
                    {t(`partnerRole.${role}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="inline-form__actions">
            <button type="submit" className="button button--primary" disabled={invite.isPending}>
              {t("project.invite.submit")}
            </button>
            <button type="button" className="button button--ghost" onClick={onDone}>
              {t("common.close")}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
