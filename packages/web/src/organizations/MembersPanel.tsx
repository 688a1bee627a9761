// An organization's members and the invitations it has sent; admins change roles, remove
// members, invite by email and revoke invitations.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormattedDate } from "react-intl";
import { api } from "../api/client.ts";
import type { OrganizationMember, OrganizationRole } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { ConfirmButton, RoleSelect } from "../ui/table-actions.tsx";

const roles: readonly OrganizationRole[] = ["admin", "member"];

export function MembersPanel({
  organizationId,
  isAdmin,
  currentUserId,
}: {
  organizationId: string;
  isAdmin: boolean;
  currentUserId: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const queryKey = ["organization", organizationId, "members"];
  const members = useQuery({ queryKey, queryFn: () => api.organizationMembers(organizationId) });
  const refresh = () => queryClient.invalidateQueries({ queryKey });
  const setRole = useMutation({
    mutationFn: ({ member, role }: { member: OrganizationMember; role: OrganizationRole }) =>
      api.setMemberRole(organizationId, member.userId, role),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (member: OrganizationMember) => api.removeMember(organizationId, member.userId),
    onSettled: refresh,
  });
  const invite = useMutation({
    mutationFn: (input: { email: string; role: OrganizationRole }) => api.inviteMember(organizationId, input),
    onSuccess: (_result, input) => setSentTo(input.email),
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: (invitationId: string) => api.revokeInvitation(organizationId, invitationId),
    onSettled: refresh,
  });
  const failure = setRole.error ?? remove.error ?? revoke.error;

  if (members.isPending) return <Loading />;
  if (members.isError) return <Notice tone="danger">{errorText(members.error)}</Notice>;
  const list = [...members.data.members].sort((a, b) => a.name.localeCompare(b.name, locale));
  const invitations = members.data.invitations;

  return (
    <>
      <Panel
        id="members"
        title={t("org.members.title")}
        meta={t("org.members.count", { count: list.length })}
        flush
      >
        {failure ? <Notice tone="danger">{errorText(failure)}</Notice> : null}
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("org.members.name")}</th>
              <th scope="col">{t("org.members.role")}</th>
              {isAdmin ? <th scope="col" className="table__actions" /> : null}
            </tr>
          </thead>
          <tbody>
            {list.map((member) => {
              const isSelf = member.userId === currentUserId;
              return (
                <tr key={member.userId}>
                  <td>
                    <div className="table__strong">
                      {member.name}
                      {isSelf ? <span className="muted"> ({t("common.you")})</span> : null}
                    </div>
                    <div className="muted small">{member.email}</div>
                  </td>
                  <td>
                    {isAdmin && !isSelf ? (
                      <RoleSelect
                        roles={roles}
                        value={member.role}
                        label={t("org.members.changeRole", { name: member.name })}
                        disabled={setRole.isPending}
                        roleName={(role) => t(`orgRole.${role}`)}
                        onChange={(role) => setRole.mutate({ member, role })}
                      />
                    ) : (
                      t(`orgRole.${member.role}`)
                    )}
                  </td>
                  {isAdmin ? (
                    <td className="table__actions">
                      {isSelf ? null : (
                        <ConfirmButton
                          label={t("common.remove")}
                          question={t("common.confirmRemove", { name: member.name })}
                          disabled={remove.isPending}
                          onConfirm={() => remove.mutate(member)}
                        />
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </Panel>

      {isAdmin ? (
        <Panel id="invitations" title={t("org.invitations.title")} flush>
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              const form = event.currentTarget;
              const data = new FormData(form);
              setSentTo(null);
              invite.mutate(
                {
                  email: String(data.get("email") ?? "").trim(),
                  role: String(data.get("role") ?? "member") as OrganizationRole,
                },
                { onSuccess: () => form.reset() },
              );
            }}
          >
            {sentTo ? (
              <Notice tone="success" onClose={() => setSentTo(null)}>
                {t("org.invitations.sent", { email: sentTo })}
              </Notice>
            ) : null}
            {invite.isError && !fieldError(invite.error, "email") ? (
              <Notice tone="danger">
                {errorText(invite.error, { ALREADY_EXISTS: "org.invitations.exists" })}
              </Notice>
            ) : null}
            <div className="inline-form__row">
              <Field label={t("org.invitations.email")} error={fieldError(invite.error, "email")}>
                {(props) => <input {...props} name="email" type="email" required autoComplete="off" />}
              </Field>
              <Field label={t("org.invitations.role")}>
                {(props) => (
                  <select {...props} name="role" defaultValue="member">
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {t(`orgRole.${role}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <div className="inline-form__actions">
                <button type="submit" className="button button--primary" disabled={invite.isPending}>
                  {t("org.invitations.submit")}
                </button>
              </div>
            </div>
          </form>
          {invitations.length === 0 ? (
            <p className="panel__empty">{t("org.invitations.empty")}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("org.invitations.email")}</th>
                  <th scope="col">{t("org.invitations.role")}</th>
                  <th scope="col">{t("org.invitations.sentAt")}</th>
                  <th scope="col" className="table__actions" />
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <td className="table__strong">{invitation.email}</td>
                    <td>{t(`orgRole.${invitation.role}`)}</td>
                    <td>
                      <FormattedDate value={invitation.createdAt} dateStyle="medium" />
                    </td>
                    <td className="table__actions">
                      <ConfirmButton
                        label={t("common.revoke")}
                        question={t("common.confirmRevoke", { name: invitation.email })}
                        disabled={revoke.isPending}
                        onConfirm={() => revoke.mutate(invitation.id)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Panel>
      ) : null}
    </>
  );
}
