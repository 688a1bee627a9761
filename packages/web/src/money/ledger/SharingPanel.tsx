// Who sees this studio's books: a studio's actual costs are its own, and its money people tick the partners that
// may read them (the lead producer only if ticked). Beside it, whose books are open to this studio.
import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { ProjectDetail } from "../../api/types.ts";
import { useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { Loading, Notice, Panel } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import { moneyKey, useMoneyChanged, usePartners } from "../queries.ts";

export function SharingPanel({ detail, canEdit }: { detail: ProjectDetail; canEdit: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const changed = useMoneyChanged(projectId);
  const { partners, nameOf } = usePartners(detail);
  const sharing = useQuery({
    queryKey: moneyKey(projectId, "sharing"),
    queryFn: () => moneyApi.sharing(projectId),
    select: (data) => data.sharing,
  });
  const [draft, setDraft] = useState<string[] | null>(null);
  const save = useMutation({
    mutationFn: (viewers: string[]) => moneyApi.setSharing(projectId, viewers),
    onSuccess: async () => {
      setDraft(null);
      await changed();
    },
  });
  const others = partners.filter((partner) => partner.id !== detail.organizationId);
  const viewers = draft ?? sharing.data?.viewers ?? [];
  const dirty = draft !== null;
  const toggle = (id: string) =>
    setDraft(viewers.includes(id) ? viewers.filter((viewer) => viewer !== id) : [...viewers, id]);
  return (
    <Panel id="sharing" title={t("money.sharing.title", { studio: nameOf(detail.organizationId) })}>
      {sharing.isPending ? <Loading /> : null}
      {sharing.isError ? <Notice tone="danger">{errorText(sharing.error)}</Notice> : null}
      {sharing.data ? (
        <div className="money-sharing">
          <form
            className="money-sharing__mine"
            aria-label={t("money.sharing.formLabel")}
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate(viewers);
            }}
          >
            <p className="money-intro">{t("money.sharing.intro")}</p>
            <div className="choice-list">
              {others.map((partner) => (
                <label key={partner.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={viewers.includes(partner.id)}
                    disabled={!canEdit || save.isPending}
                    onChange={() => toggle(partner.id)}
                  />{" "}
                  {partner.name}
                </label>
              ))}
            </div>
            {canEdit ? (
              <div className="button-row">
                <button type="submit" className="button button--primary" disabled={!dirty || save.isPending}>
                  {save.isPending ? t("common.saving") : t("money.sharing.save")}
                </button>
                {dirty ? (
                  <button type="button" className="button button--ghost" onClick={() => setDraft(null)}>
                    {t("common.cancel")}
                  </button>
                ) : null}
              </div>
            ) : null}
            {save.isError ? <Notice tone="danger">{errorText(save.error)}</Notice> : null}
          </form>
          <div className="money-sharing__theirs">
            <div className="field__label">{t("money.sharing.sharedWithUs")}</div>
            {sharing.data.sharedWithUs.length === 0 ? (
              <p className="muted">{t("money.sharing.noneShared")}</p>
            ) : (
              <ul className="plain-list">
                {sharing.data.sharedWithUs.map((id) => (
                  <li key={id}>{nameOf(id)}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      ) : null}
    </Panel>
  );
}
