// The project team: who works on it, for which partner, in which role. Producers of the project
// may change a member's role or take them off the project.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { ProjectDetail, ProjectMember, ProjectRole } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice, Panel } from "../ui/layout.tsx";
import { ConfirmButton, RoleSelect } from "../ui/table-actions.tsx";
import { useMe } from "../session/session.ts";

export const projectRoles: readonly ProjectRole[] = [
  "producer",
  "line_producer",
  "production_accountant",
  "assistant_director",
  "department_head",
  "viewer",
];

export function MembersPanel({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const canManage = detail.permissions.includes("project.members.manage");
  const currentUserId = useMe().data?.user.id;
  const projectId = detail.project.id;
  const organizationName = (organizationId: string) => {
    const partner = detail.partners.find((entry) => entry.organizationId === organizationId);
    return partner ? pickText(partner.names, locale) : "";
  };
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["project", projectId] });
  const setRole = useMutation({
    mutationFn: ({ member, role }: { member: ProjectMember; role: ProjectRole }) =>
      api.setProjectMember(projectId, member.userId, { organizationId: member.organizationId, role }),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (member: ProjectMember) => api.removeProjectMember(projectId, member.userId),
    onSettled: refresh,
  });
  const failure = setRole.error ?? remove.error;
  const members = [...detail.members].sort(
    (a, b) =>
      projectRoles.indexOf(a.role) - projectRoles.indexOf(b.role) || a.name.localeCompare(b.name, locale),
  );

  return (
    <Panel
      id="members"
      title={t("project.members.title")}
      meta={members.length ? String(members.length) : undefined}
      flush
    >
      {failure ? <Notice tone="danger">{errorText(failure)}</Notice> : null}
      {members.length === 0 ? (
        <p className="panel__empty">{t("project.members.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("project.members.name")}</th>
              <th scope="col">{t("project.members.organization")}</th>
              <th scope="col">{t("project.members.role")}</th>
              {canManage ? <th scope="col" className="table__actions" /> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <td>
                  <div className="table__strong">{member.name}</div>
                  <div className="muted small">{member.email}</div>
                </td>
                <td>{organizationName(member.organizationId)}</td>
                <td>
                  {canManage ? (
                    <RoleSelect
                      roles={projectRoles}
                      value={member.role}
                      label={t("project.members.changeRole", { name: member.name })}
                      disabled={setRole.isPending}
                      roleName={(role) => t(`projectRole.${role}`)}
                      onChange={(role) => setRole.mutate({ member, role })}
                    />
                  ) : (
                    t(`projectRole.${member.role}`)
                  )}
                </td>
                {canManage ? (
                  <td className="table__actions">
                    {member.userId === currentUserId ? null : (
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
            ))}
          </tbody>
        </table>
      )}
      {canManage ? <AddMemberForm detail={detail} organizationName={organizationName} /> : null}
    </Panel>
  );
}

/** Gives a person of a partner studio a role on the project. */
function AddMemberForm({
  detail,
  organizationName,
}: {
  detail: ProjectDetail;
  organizationName: (organizationId: string) => string;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const projectId = detail.project.id;
  const candidates = useQuery({
    queryKey: ["project", projectId, "candidates", detail.members.length],
    queryFn: () => api.projectCandidates(projectId),
  });
  const add = useMutation({
    mutationFn: (input: { userId: string; organizationId: string; role: ProjectRole }) =>
      api.setProjectMember(projectId, input.userId, {
        organizationId: input.organizationId,
        role: input.role,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["project", projectId] }),
  });
  const people = candidates.data?.candidates ?? [];
  if (candidates.isSuccess && people.length === 0) {
    return <p className="panel__empty muted">{t("project.members.noCandidates")}</p>;
  }
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const person = people.find((candidate) => candidate.userId === data.get("userId"));
        if (!person) return;
        add.mutate(
          {
            userId: person.userId,
            organizationId: person.organizationId,
            role: data.get("role") as ProjectRole,
          },
          { onSuccess: () => form.reset() },
        );
      }}
    >
      {add.isError ? <Notice tone="danger">{errorText(add.error)}</Notice> : null}
      {candidates.isError ? <Notice tone="danger">{errorText(candidates.error)}</Notice> : null}
      <div className="inline-form__row">
        <Field label={t("project.members.person")}>
          {(props) => (
            <select {...props} name="userId" required defaultValue="">
              <option value="" disabled>
                {t("project.members.choose")}
              </option>
              {people.map((person) => (
                <option key={person.userId} value={person.userId}>
                  {person.name} · {organizationName(person.organizationId)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("project.members.role")}>
          {(props) => (
            <select {...props} name="role" defaultValue="viewer">
              {projectRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`projectRole.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="inline-form__actions">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {t("project.members.add")}
          </button>
        </div>
      </div>
    </form>
  );
}
