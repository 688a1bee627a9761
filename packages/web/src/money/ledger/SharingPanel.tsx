// Who sees this studio's books: a studio's actual costs are its own, and its money people tick the partners that
// may read them (the lead producer only if ticked). Beside it, whose books are open to this studio. The server names
// the partners (in the reader's language, with their country), so the panel shows what it answers.
import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { ProjectDetail } from "../../api/types.ts";
import { countryName, pickText } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { Loading, Notice, Panel } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import type { SharingPartner } from "../types.ts";
import { moneyKey, useMoneyChanged, usePartners } from "../queries.ts";

export function SharingPanel({ detail, canEdit }: { detail: ProjectDetail; canEdit: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const changed = useMoneyChanged(projectId);
  const { nameOf } = usePartners(detail);
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
  const others = sharing.data?.partners ?? [];
  const viewers = draft ?? sharing.data?.viewers ?? [];
  const named = (partner: SharingPartner) => pickText(partner.names, locale) || partner.name;
  const studio = sharing.data ? named(sharing.data.organization) : nameOf(detail.organizationId);
  const dirty = draft !== null;
  const toggle = (id: string) =>
    setDraft(viewers.includes(id) ? viewers.filter((viewer) => viewer !== id) : [...viewers, id]);
  return (
    <Panel id="sharing" title={t("money.sharing.title", { studio })}>
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
                  {named(partner)}{" "}
                  <span className="muted small">· {countryName(partner.country, locale)}</span>
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
            {others.every((partner) => !partner.sharesWithUs) ? (
              <p className="muted">{t("money.sharing.noneShared")}</p>
            ) : (
              <ul className="plain-list" data-testid="shared-with-us">
                {others
                  .filter((partner) => partner.sharesWithUs)
                  .map((partner) => (
                    <li key={partner.id}>
                      {named(partner)}{" "}
                      <span className="muted small">· {countryName(partner.country, locale)}</span>
                    </li>
                  ))}
              </ul>
            )}
          </div>
        </div>
      ) : null}
    </Panel>
  );
}
