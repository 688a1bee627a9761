// Organization settings: its details (editable by admins), members, member invitations and the
// projects it has been invited to as a partner.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, NavLink, useParams } from "react-router-dom";
import { ApiError, api } from "../api/client.ts";
import type { Organization } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { countryName, pickText } from "../i18n/format.ts";
import { useMe } from "../session/session.ts";
import { Badge, CountryCode } from "../ui/badges.tsx";
import { useErrorText } from "../ui/errors.ts";
import { EmptyState, Loading, Notice, PageHeader, Panel, useDocumentTitle } from "../ui/layout.tsx";
import { OrganizationFields, readOrganizationForm, type OrganizationInput } from "./OrganizationFields.tsx";
import { MembersPanel } from "./MembersPanel.tsx";
import { PartnershipsPanel } from "./PartnershipsPanel.tsx";

export function OrganizationPage() {
  const { organizationId = "" } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const me = useMe();
  const organization = useQuery({
    queryKey: ["organization", organizationId],
    queryFn: () => api.organization(organizationId),
  });
  const mine = me.data?.organizations ?? [];
  useDocumentTitle(
    organization.data ? pickText(organization.data.organization.names, locale) : t("org.title"),
  );

  const switcher =
    mine.length > 1 ? (
      <nav className="tabs" aria-label={t("org.switch")}>
        {mine.map((entry) => (
          <NavLink key={entry.id} to={`/organizations/${entry.id}`} className="tabs__tab">
            {pickText(entry.names, locale)}
          </NavLink>
        ))}
        <Link to="/organizations/new" className="tabs__tab tabs__tab--add">
          + {t("org.create.link")}
        </Link>
      </nav>
    ) : null;

  if (organization.isPending) return <Loading />;
  if (organization.isError) {
    if (organization.error instanceof ApiError && organization.error.status === 404)
      return <EmptyState title={t("error.code.NOT_FOUND")} />;
    return <Notice tone="danger">{errorText(organization.error)}</Notice>;
  }
  const { organization: current, role } = organization.data;
  const isAdmin = role === "admin";

  return (
    <>
      <PageHeader
        before={switcher}
        title={pickText(current.names, locale)}
        subtitle={
          <span className="inline-facts">
            <span className="country">
              <CountryCode code={current.country} />
              {countryName(current.country, locale)}
            </span>
            <span>{current.currency}</span>
            <Badge tone={isAdmin ? "accent" : "neutral"}>{t(`orgRole.${role}`)}</Badge>
          </span>
        }
        actions={
          mine.length <= 1 ? (
            <Link to="/organizations/new" className="button button--ghost">
              + {t("org.create.link")}
            </Link>
          ) : null
        }
      />
      <DetailsPanel organization={current} isAdmin={isAdmin} />
      <MembersPanel organizationId={current.id} isAdmin={isAdmin} currentUserId={me.data?.user.id ?? ""} />
      <PartnershipsPanel organizationId={current.id} isAdmin={isAdmin} />
    </>
  );
}

function DetailsPanel({ organization, isAdmin }: { organization: Organization; isAdmin: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<"saved" | "conflict" | null>(null);
  const save = useMutation({
    mutationFn: (input: OrganizationInput) =>
      api.updateOrganization(organization.id, { version: organization.version, ...input }),
    onSuccess: () => setNotice("saved"),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) setNotice("conflict");
    },
    onSettled: () => queryClient.invalidateQueries(),
  });
  const error = save.error instanceof ApiError && save.error.status === 409 ? null : save.error;

  return (
    <Panel id="details" title={t("org.details.title")}>
      {notice === "saved" ? (
        <Notice tone="success" onClose={() => setNotice(null)}>
          {t("common.saved")}
        </Notice>
      ) : notice === "conflict" ? (
        <Notice tone="warning" onClose={() => setNotice(null)}>
          {t("org.conflict")}
        </Notice>
      ) : null}
      {isAdmin ? null : <p className="muted">{t("org.readOnly")}</p>}
      <form
        key={organization.version}
        className="form form--grid"
        onSubmit={(event) => {
          event.preventDefault();
          setNotice(null);
          save.mutate(readOrganizationForm(event.currentTarget));
        }}
      >
        <fieldset className="form__fieldset" disabled={!isAdmin}>
          <OrganizationFields organization={organization} error={error} />
        </fieldset>
        {error ? <Notice tone="danger">{errorText(error)}</Notice> : null}
        {isAdmin ? (
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {save.isPending ? t("common.saving") : t("common.save")}
            </button>
          </div>
        ) : null}
      </form>
    </Panel>
  );
}
