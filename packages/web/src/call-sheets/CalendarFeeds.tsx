// Calendar addresses (iCalendar): the project's shooting days, or one person's calls — one's own, or anyone's for
// those who keep the schedule. An address is shown once, to copy into a calendar program, and can be revoked.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FormattedDate } from "react-intl";
import { api } from "../api/client.ts";
import type { ProjectPerson } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { useMe } from "../session/session.ts";
import { useErrorText } from "../ui/errors.ts";
import { Notice, Panel } from "../ui/layout.tsx";
import { ConfirmButton } from "../ui/table-actions.tsx";
import { callSheetApi, callSheetKeys } from "./api.ts";

/** People as the server lists them, with the account each is linked to. */
type PersonWithAccount = ProjectPerson & { userId?: string | null };

export function CalendarFeeds({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const me = useMe();
  const [created, setCreated] = useState<string | null>(null);
  const [personId, setPersonId] = useState("");
  const feeds = useQuery({
    queryKey: callSheetKeys.feeds(projectId),
    queryFn: () => callSheetApi.feeds(projectId),
  });
  const people = useQuery({ queryKey: ["people", projectId], queryFn: () => api.people(projectId) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: callSheetKeys.feeds(projectId) });
  const create = useMutation({
    mutationFn: (input: { kind: "project" } | { kind: "person"; personId: string }) =>
      callSheetApi.createFeed(projectId, input),
    onSuccess: (answer) => setCreated(answer.url),
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: (feedId: string) => callSheetApi.revokeFeed(projectId, feedId),
    onSettled: refresh,
  });
  const everyone = (people.data?.people ?? []) as PersonWithAccount[];
  const userId = me.data?.user.id;
  const choices = canEdit ? everyone : everyone.filter((person) => person.userId && person.userId === userId);

  return (
    <Panel id="calendar-feeds" title={t("callSheets.feeds.title")} flush>
      <div className="inline-form">
        <p className="muted small">{t("callSheets.feeds.hint")}</p>
        {created ? <CreatedFeed url={created} onClose={() => setCreated(null)} /> : null}
        {create.isError ? <Notice tone="danger">{errorText(create.error)}</Notice> : null}
        <div className="inline-form__row">
          <div className="inline-form__actions">
            <button
              type="button"
              className="button"
              disabled={create.isPending}
              onClick={() => create.mutate({ kind: "project" })}
            >
              {t("callSheets.feeds.createProject")}
            </button>
          </div>
          {choices.length > 0 ? (
            <div className="inline-form__actions call-sheet-feed-person">
              <label className="visually-hidden" htmlFor="feed-person">
                {t("callSheets.feeds.person")}
              </label>
              <select id="feed-person" value={personId} onChange={(event) => setPersonId(event.target.value)}>
                <option value="">{t("callSheets.feeds.choosePerson")}</option>
                {choices.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button"
                disabled={create.isPending || personId === ""}
                onClick={() => create.mutate({ kind: "person", personId })}
              >
                {t("callSheets.feeds.createPerson")}
              </button>
            </div>
          ) : null}
        </div>
      </div>
      {revoke.isError ? <Notice tone="danger">{errorText(revoke.error)}</Notice> : null}
      {feeds.data && feeds.data.feeds.length > 0 ? (
        <table className="table" data-testid="calendar-feeds">
          <thead>
            <tr>
              <th scope="col">{t("callSheets.feeds.kind")}</th>
              <th scope="col">{t("callSheets.feeds.createdAt")}</th>
              <th scope="col">{t("callSheets.feeds.state")}</th>
              <th scope="col" className="table__actions" />
            </tr>
          </thead>
          <tbody>
            {feeds.data.feeds.map((feed) => {
              const name =
                feed.kind === "project" ? t("callSheets.feeds.projectFeed") : (feed.personName ?? "");
              return (
                <tr key={feed.id}>
                  <td className="table__strong">
                    {name}
                    {feed.isMine ? null : (
                      <div className="muted small">{t("callSheets.feeds.someoneElse")}</div>
                    )}
                  </td>
                  <td>
                    <FormattedDate value={feed.createdAt} dateStyle="medium" timeStyle="short" />
                  </td>
                  <td>
                    {feed.revokedAt ? (
                      <span className="muted">{t("callSheets.feeds.revoked")}</span>
                    ) : (
                      t("callSheets.feeds.active")
                    )}
                  </td>
                  <td className="table__actions">
                    {feed.revokedAt ? null : (
                      <ConfirmButton
                        label={t("common.revoke")}
                        question={t("common.confirmRevoke", { name })}
                        disabled={revoke.isPending}
                        onConfirm={() => revoke.mutate(feed.id)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="panel__empty">{t("callSheets.feeds.empty")}</p>
      )}
    </Panel>
  );
}

function CreatedFeed({ url, onClose }: { url: string; onClose: () => void }) {
  const t = useT();
  const [isCopied, setIsCopied] = useState(false);
  return (
    <Notice tone="success" onClose={onClose}>
      <p>{t("callSheets.feeds.created")}</p>
      <div className="secret">
        <input
          className="secret__value call-sheet-feed-url"
          readOnly
          value={url}
          aria-label={t("callSheets.feeds.address")}
          data-testid="calendar-feed-url"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(
              () => setIsCopied(true),
              () => setIsCopied(false),
            );
          }}
        >
          {isCopied ? t("common.copied") : t("common.copy")}
        </button>
      </div>
    </Notice>
  );
}
