// Invitations for the signed-in user to join an organization, with an Accept button each.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { pickText } from "../i18n/format.ts";
import { useErrorText } from "../ui/errors.ts";
import { Notice, Panel } from "../ui/layout.tsx";

export function MyInvitations() {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const invitations = useQuery({ queryKey: ["my-invitations"], queryFn: api.myInvitations });
  const accept = useMutation({
    mutationFn: api.acceptInvitation,
    onSuccess: () => queryClient.invalidateQueries(),
  });

  const list = invitations.data?.invitations ?? [];
  if (list.length === 0 && !accept.isError) return null;
  return (
    <Panel title={t("invitations.title")}>
      {accept.isError ? <Notice tone="danger">{errorText(accept.error)}</Notice> : null}
      <ul className="plain-list">
        {list.map((invitation) => (
          <li key={invitation.id} className="plain-list__row">
            <span>
              {t("invitations.item", {
                organization: pickText(invitation.organization.names, locale),
                role: t(`orgRole.${invitation.role}`),
              })}
            </span>
            <button
              type="button"
              className="button button--primary button--small"
              disabled={accept.isPending}
              onClick={() => accept.mutate(invitation.id)}
            >
              {t("common.accept")}
            </button>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
