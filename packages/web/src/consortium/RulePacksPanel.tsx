// «Договоры и правила»: the rule packs — treaties and national-film tests, built in or the project's own — with
// their sources, parties and notes; a producer ticks the ones the project is checked against (saved at once, with
// the version it was loaded at), uploads the project's own pack, and removes an own pack.
import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { Consortium, RulePackSummary } from "../api/types.ts";
import { formatIsoDate } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { Badge, CountryCode } from "../ui/badges.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { ConfirmButton } from "../ui/table-actions.tsx";
import { rulePacksKey, useConsortiumChanged } from "./queries.ts";
import { RulePackUpload } from "./RulePackUpload.tsx";

/** Parties shown before «ещё N»: a multilateral convention has dozens. */
const partiesShown = 12;

/** The address of a source link: some packs write a remark after it ("https://… (news of 24.05.2024)"). */
function addressOf(url: string): string {
  return url.trim().split(/\s+/u)[0] ?? url;
}

/** "https://www.coe.int/en/…" → "coe.int": where a source link leads, short enough to list several. */
function hostOf(url: string): string {
  try {
    return new URL(addressOf(url)).hostname.replace(/^www\./u, "");
  } catch {
    return url;
  }
}

export function RulePacksPanel({
  projectId,
  consortium,
  canEdit,
}: {
  projectId: string;
  consortium: Consortium;
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const changed = useConsortiumChanged(projectId);
  const [hasConflict, setHasConflict] = useState(false);
  const packs = useQuery({
    queryKey: rulePacksKey(projectId, locale),
    queryFn: () => api.rulePacks(projectId, locale),
  });
  const select = useMutation({
    mutationFn: (rulePacks: string[]) =>
      api.updateConsortium(projectId, { version: consortium.version, rulePacks }),
    onSuccess: async () => {
      setHasConflict(false);
      await changed(rulePacksKey(projectId));
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409) {
        setHasConflict(true);
        await changed(rulePacksKey(projectId));
      }
    },
  });
  // While a change is on its way (and until the page has reloaded), the boxes show the selection asked for.
  const selected = select.isPending && select.variables ? select.variables : consortium.rulePacks;
  const toggle = (id: string, isOn: boolean) =>
    select.mutate(isOn ? [...selected, id] : selected.filter((other) => other !== id));
  const list = packs.data?.packs ?? [];
  const selectError = select.error instanceof ApiError && select.error.status === 409 ? null : select.error;
  return (
    <Panel
      id="rule-packs"
      title={t("rulePacks.title")}
      meta={t("rulePacks.selectedCount", { count: selected.length })}
      flush
    >
      <p className="panel__intro muted">{t(canEdit ? "rulePacks.intro" : "rulePacks.introReadOnly")}</p>
      {hasConflict ? (
        <Notice tone="warning" onClose={() => setHasConflict(false)}>
          {t("rulePacks.conflict")}
        </Notice>
      ) : null}
      {selectError ? <Notice tone="danger">{errorText(selectError)}</Notice> : null}
      {packs.isPending ? <Loading /> : null}
      {packs.isError ? <Notice tone="danger">{errorText(packs.error)}</Notice> : null}
      <ul className="pack-list" data-testid="rule-packs">
        {list.map((pack) => (
          <RulePackItem
            key={pack.id}
            projectId={projectId}
            pack={pack}
            isSelected={selected.includes(pack.id)}
            canEdit={canEdit}
            isSaving={select.isPending}
            onToggle={(isOn) => toggle(pack.id, isOn)}
          />
        ))}
      </ul>
      {canEdit ? (
        <RulePackUpload
          projectId={projectId}
          ownIds={list.filter((pack) => !pack.builtin).map((pack) => pack.id)}
        />
      ) : null}
    </Panel>
  );
}

function RulePackItem({
  projectId,
  pack,
  isSelected,
  canEdit,
  isSaving,
  onToggle,
}: {
  projectId: string;
  pack: RulePackSummary;
  isSelected: boolean;
  canEdit: boolean;
  isSaving: boolean;
  onToggle: (isOn: boolean) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const changed = useConsortiumChanged(projectId);
  const [showsAllParties, setShowsAllParties] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.deleteRulePack(projectId, pack.id),
    onSuccess: () => changed(rulePacksKey(projectId)),
  });
  const parties = showsAllParties ? pack.parties : pack.parties.slice(0, partiesShown);
  const checkboxId = `rule-pack-${pack.id}`;
  return (
    <li className={`pack${isSelected ? " is-selected" : ""}`} data-pack={pack.id}>
      <input
        id={checkboxId}
        type="checkbox"
        className="pack__check"
        checked={isSelected}
        disabled={!canEdit || isSaving}
        onChange={(event) => onToggle(event.target.checked)}
      />
      <div className="pack__body">
        <div className="pack__head">
          <label htmlFor={checkboxId} className="pack__name">
            {pack.name}
          </label>
          <span className="pack__badges">
            <Badge>
              {t(pack.kind === "treaty" ? "rulePacks.kind.treaty" : "rulePacks.kind.nationalFilm")}
            </Badge>
            {pack.builtin ? (
              <Badge>{t("rulePacks.builtin")}</Badge>
            ) : (
              <span className="badge pack__own">{t("rulePacks.own")}</span>
            )}
          </span>
        </div>
        <div className="pack__source">
          <span>{pack.source.title}</span>
          {pack.source.urls.length > 0 ? (
            <span className="pack__links">
              {pack.source.urls.map((url) => (
                <a key={url} href={addressOf(url)} target="_blank" rel="noreferrer noopener" title={url}>
                  {hostOf(url)} ↗
                </a>
              ))}
            </span>
          ) : null}
        </div>
        <div className="pack__facts">
          <span className="pack__parties" aria-label={t("rulePacks.parties")}>
            {parties.map((code) => (
              <CountryCode key={code} code={code} />
            ))}
            {pack.parties.length > partiesShown ? (
              <button
                type="button"
                className="link-button"
                aria-expanded={showsAllParties}
                onClick={() => setShowsAllParties(!showsAllParties)}
              >
                {showsAllParties
                  ? t("rulePacks.fewerParties")
                  : t("rulePacks.moreParties", { count: pack.parties.length - partiesShown })}
              </button>
            ) : null}
          </span>
          <span className="muted">
            {pack.validTo
              ? t("rulePacks.validBetween", {
                  from: formatIsoDate(pack.validFrom, locale),
                  to: formatIsoDate(pack.validTo, locale),
                })
              : t("rulePacks.validFrom", { from: formatIsoDate(pack.validFrom, locale) })}
            {" · "}
            {t("rulePacks.ruleCount", { count: pack.ruleCount })}
            {" · "}
            {t("rulePacks.version", { version: pack.version })}
            {pack.uploadedAt ? (
              <>
                {" · "}
                {t("rulePacks.uploadedAt", { date: formatIsoDate(pack.uploadedAt.slice(0, 10), locale) })}
              </>
            ) : null}
          </span>
        </div>
        {pack.notes.length > 0 ? (
          <details className="pack__notes">
            <summary>{t("rulePacks.notes", { count: pack.notes.length })}</summary>
            <ul>
              {pack.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </details>
        ) : null}
        {remove.isError ? <div className="field__error">{errorText(remove.error)}</div> : null}
      </div>
      <div className="pack__actions">
        <a
          className="button button--ghost button--small"
          href={api.rulePackSourceUrl(projectId, pack.id)}
          download
        >
          {t("rulePacks.download")}
        </a>
        {canEdit && !pack.builtin ? (
          <ConfirmButton
            label={t("common.remove")}
            question={t("rulePacks.confirmRemove", { name: pack.name })}
            disabled={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        ) : null}
      </div>
    </li>
  );
}
