// The project team: who works on it, for which partner, in which role. Producers of the project
// may change a member's role or take them off the project.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { ProjectDetail, ProjectMember, ProjectRole } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { useErrorText } from "../ui/errors.ts";
import { Notice, Panel } from "../ui/layout.tsx";
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
                    <select
                      className="select--compact"
                      aria-label={t("project.members.changeRole", { name: member.name })}
                      value={member.role}
                      disabled={setRole.isPending}
                      onChange={(event) =>
                        setRole.mutate({ member, role: event.target.value as ProjectRole })
                      }
                    >
                      {projectRoles.map((role) => (
                        <option key={role} value={role}>
                          {t(`projectRole.${role}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`projectRole.${member.role}`)
                  )}
                </td>
                {canManage ? (
                  <td className="table__actions">
                    {member.userId === currentUserId ? null : (
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        disabled={remove.isPending}
                        onClick={() => {
                          if (window.confirm(t("common.confirmRemove", { name: member.name })))
                            remove.mutate(member);
                        }}
                      >
                        {t("common.remove")}
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
