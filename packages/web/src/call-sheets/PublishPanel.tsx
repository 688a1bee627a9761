// Publishing a day's call sheet to its recipients — the day's cast and the crew with accounts, or people chosen by
// name — and the table of who it went to, in which language, and whether they have opened and confirmed it.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FormattedDate } from "react-intl";
import { api } from "../api/client.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { languageName } from "../i18n/format.ts";
import { useErrorText } from "../ui/errors.ts";
import { Notice, Panel } from "../ui/layout.tsx";
import { callSheetApi, callSheetKeys, type CallSheetView } from "./api.ts";

function When({ value }: { value: string | null }) {
  return value ? (
    <FormattedDate value={value} dateStyle="short" timeStyle="short" />
  ) : (
    <span className="muted">—</span>
  );
}

export function PublishPanel({ projectId, view }: { projectId: string; view: CallSheetView }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const day = view.sheet.dayNumber;
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const recipients = useQuery({
    queryKey: callSheetKeys.recipients(projectId, day, view.unitId),
    queryFn: () => callSheetApi.recipients(projectId, day, view.unitId),
  });
  const people = useQuery({
    queryKey: ["people", projectId],
    queryFn: () => api.people(projectId),
    enabled: choosing,
  });
  const publish = useMutation({
    mutationFn: () =>
      callSheetApi.publish(projectId, day, view.unitId, {
        version: view.version,
        ...(choosing ? { recipients: [...chosen] } : {}),
      }),
    onSuccess: () => setChoosing(false),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["call-sheets", projectId] }),
  });
  const list = recipients.data?.recipients ?? [];
  const toggle = (personId: string) => {
    const next = new Set(chosen);
    if (next.has(personId)) next.delete(personId);
    else next.add(personId);
    setChosen(next);
  };

  return (
    <Panel
      id="call-sheet-recipients"
      title={t("callSheets.publish.title")}
      meta={
        list.length > 0
          ? t("callSheets.recipients.counts", {
              total: list.length,
              opened: list.filter((recipient) => recipient.openedAt).length,
              confirmed: list.filter((recipient) => recipient.confirmedAt).length,
            })
          : undefined
      }
      flush
    >
      <div className="inline-form">
        <p className="muted small">
          {view.status === "published" ? t("callSheets.publish.again") : t("callSheets.publish.hint")}
        </p>
        {publish.isError ? <Notice tone="danger">{errorText(publish.error)}</Notice> : null}
        {publish.isSuccess ? (
          publish.data.recipients.length > 0 ? (
            <Notice tone="success">
              {t("callSheets.publish.done", { count: publish.data.recipients.length })}
            </Notice>
          ) : (
            <Notice tone="warning">{t("callSheets.publish.nobody")}</Notice>
          )
        ) : null}
        <div className="call-sheet-publish">
          <label>
            <input type="radio" name="recipients" checked={!choosing} onChange={() => setChoosing(false)} />{" "}
            {t("callSheets.publish.default")}
          </label>
          <label>
            <input type="radio" name="recipients" checked={choosing} onChange={() => setChoosing(true)} />{" "}
            {t("callSheets.publish.choose")}
          </label>
        </div>
        {choosing ? (
          <div className="call-sheet-people" role="group" aria-label={t("callSheets.publish.choose")}>
            {(people.data?.people ?? []).map((person) => (
              <label key={person.id}>
                <input type="checkbox" checked={chosen.has(person.id)} onChange={() => toggle(person.id)} />{" "}
                {person.name}
              </label>
            ))}
          </div>
        ) : null}
        <div className="inline-form__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={publish.isPending || (choosing && chosen.size === 0)}
            onClick={() => publish.mutate()}
          >
            {view.status === "published" ? t("callSheets.publish.resend") : t("callSheets.publish.send")}
          </button>
        </div>
      </div>
      {list.length > 0 ? (
        <table className="table" data-testid="call-sheet-recipient-table">
          <thead>
            <tr>
              <th scope="col">{t("callSheets.column.recipient")}</th>
              <th scope="col">{t("callSheets.column.language")}</th>
              <th scope="col">{t("callSheets.state.sent")}</th>
              <th scope="col">{t("callSheets.state.opened")}</th>
              <th scope="col">{t("callSheets.state.confirmed")}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((recipient) => (
              <tr key={recipient.personId}>
                <td className="table__strong">
                  {recipient.name}
                  {recipient.hasAccount ? null : (
                    <div className="muted small">{t("callSheets.recipients.noAccount")}</div>
                  )}
                </td>
                <td>{languageName(recipient.language, locale)}</td>
                <td>
                  <When value={recipient.sentAt} />
                </td>
                <td>
                  <When value={recipient.openedAt} />
                </td>
                <td>
                  <When value={recipient.confirmedAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Panel>
  );
}
