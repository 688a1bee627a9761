// What the assistant director writes on a day's call sheet: the calls, weather, parking and basecamp, key contacts,
// each actor's pickup, make-up and on-set times, department calls and notes. Saved with the version it was read
// at; a sheet changed meanwhile is reloaded rather than overwritten.
import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client.ts";
import { useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice, Panel } from "../ui/layout.tsx";
import { callSheetApi, type CallSheetView, type SheetDetails } from "./api.ts";

type Contact = { role: string; name: string; phone: string };
type CrewCall = { department: string; call: string };
type CastTimes = Record<string, { pickup: string; makeup: string; onSet: string }>;

const text = (value: string) => (value.trim() === "" ? null : value.trim());

function initialCast(view: CallSheetView): CastTimes {
  return Object.fromEntries(
    view.sheet.cast.map((member) => [
      member.elementId,
      { pickup: member.pickup ?? "", makeup: member.makeup ?? "", onSet: member.onSet ?? "" },
    ]),
  );
}

export function DetailsForm({
  projectId,
  view,
  unitId,
  onClose,
}: {
  projectId: string;
  view: CallSheetView;
  unitId: string;
  onClose: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const { details, sheet } = view;
  const [calls, setCalls] = useState({
    crewCall: details.crewCall ?? "",
    shootingCall: details.shootingCall ?? "",
    estimatedWrap: details.estimatedWrap ?? "",
    weather: details.weather ?? "",
    parking: details.parking ?? "",
    basecamp: details.basecamp ?? "",
    notes: details.notes ?? "",
  });
  const [contacts, setContacts] = useState<Contact[]>(
    (details.keyContacts ?? []).map((contact) => ({ ...contact, phone: contact.phone ?? "" })),
  );
  const [crewCalls, setCrewCalls] = useState<CrewCall[]>(details.crewCalls ?? []);
  const [cast, setCast] = useState<CastTimes>(() => initialCast(view));
  const save = useMutation({
    mutationFn: (input: SheetDetails & { version: number }) =>
      callSheetApi.write(projectId, sheet.dayNumber, unitId, input),
    onSuccess: () => onClose(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["call-sheets", projectId] }),
  });
  const isConflict = save.error instanceof ApiError && save.error.code === "VERSION_CONFLICT";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      version: view.version,
      crewCall: text(calls.crewCall),
      shootingCall: text(calls.shootingCall),
      estimatedWrap: text(calls.estimatedWrap),
      weather: text(calls.weather),
      parking: text(calls.parking),
      basecamp: text(calls.basecamp),
      notes: text(calls.notes),
      keyContacts: contacts
        .filter((contact) => contact.role.trim() && contact.name.trim())
        .map((contact) => ({
          role: contact.role.trim(),
          name: contact.name.trim(),
          ...(contact.phone.trim() ? { phone: contact.phone.trim() } : {}),
        })),
      crewCalls: crewCalls.filter((line) => line.department.trim() && line.call),
      cast: Object.entries(cast)
        .filter(([, times]) => times.pickup || times.makeup || times.onSet)
        .map(([elementId, times]) => ({
          elementId,
          ...(times.pickup ? { pickup: times.pickup } : {}),
          ...(times.makeup ? { makeup: times.makeup } : {}),
          ...(times.onSet ? { onSet: times.onSet } : {}),
        })),
    });
  };

  const callField = (key: "crewCall" | "shootingCall" | "estimatedWrap", label: string) => (
    <Field label={label} error={fieldError(save.error, key)}>
      {(props) => (
        <input
          {...props}
          type="time"
          name={key}
          value={calls[key]}
          onChange={(event) => setCalls({ ...calls, [key]: event.target.value })}
        />
      )}
    </Field>
  );
  const textField = (key: "weather" | "parking" | "basecamp", label: string) => (
    <Field label={label} error={fieldError(save.error, key)}>
      {(props) => (
        <input
          {...props}
          name={key}
          maxLength={300}
          value={calls[key]}
          onChange={(event) => setCalls({ ...calls, [key]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <Panel id="call-sheet-edit" title={t("callSheets.edit.title")}>
      <form className="call-sheet-form" onSubmit={submit} data-testid="call-sheet-form">
        {isConflict ? <Notice tone="warning">{t("callSheets.edit.conflict")}</Notice> : null}
        {save.isError && !isConflict ? <Notice tone="danger">{errorText(save.error)}</Notice> : null}
        <div className="call-sheet-form__row">
          {callField("crewCall", t("callSheets.crewCall"))}
          {callField("shootingCall", t("callSheets.shootingCall"))}
          {callField("estimatedWrap", t("callSheets.estimatedWrap"))}
        </div>
        <div className="call-sheet-form__row">
          {textField("weather", t("callSheets.weather"))}
          {textField("parking", t("callSheets.parking"))}
          {textField("basecamp", t("callSheets.basecamp"))}
        </div>

        <fieldset className="call-sheet-form__group">
          <legend>{t("callSheets.keyContacts")}</legend>
          {contacts.map((contact, index) => (
            <div className="call-sheet-form__line" key={index}>
              {(["role", "name", "phone"] as const).map((key) => (
                <input
                  key={key}
                  aria-label={t(`callSheets.edit.contact.${key}`)}
                  placeholder={t(`callSheets.edit.contact.${key}`)}
                  aria-invalid={fieldError(save.error, `keyContacts.${index}.${key}`) ? true : undefined}
                  value={contact[key]}
                  onChange={(event) =>
                    setContacts(
                      contacts.map((row, at) => (at === index ? { ...row, [key]: event.target.value } : row)),
                    )
                  }
                />
              ))}
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setContacts(contacts.filter((_, at) => at !== index))}
              >
                {t("common.remove")}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => setContacts([...contacts, { role: "", name: "", phone: "" }])}
          >
            {t("callSheets.edit.addContact")}
          </button>
        </fieldset>

        {sheet.cast.length > 0 ? (
          <fieldset className="call-sheet-form__group">
            <legend>{t("callSheets.edit.castTimes")}</legend>
            {sheet.cast.map((member) => (
              <div className="call-sheet-form__line" key={member.elementId}>
                <span className="call-sheet-form__who">
                  {member.boardId ? `${member.boardId}. ` : ""}
                  {member.character}
                </span>
                {(["pickup", "makeup", "onSet"] as const).map((key) => (
                  <label key={key} className="call-sheet-form__time">
                    <span className="muted small">{t(`callSheets.${key}`)}</span>
                    <input
                      type="time"
                      value={cast[member.elementId]?.[key] ?? ""}
                      onChange={(event) =>
                        setCast({
                          ...cast,
                          [member.elementId]: { ...cast[member.elementId]!, [key]: event.target.value },
                        })
                      }
                    />
                  </label>
                ))}
              </div>
            ))}
          </fieldset>
        ) : null}

        <fieldset className="call-sheet-form__group">
          <legend>{t("callSheets.crewCalls")}</legend>
          {crewCalls.map((line, index) => (
            <div className="call-sheet-form__line" key={index}>
              <input
                aria-label={t("callSheets.column.department")}
                placeholder={t("callSheets.edit.departmentPlaceholder")}
                value={line.department}
                onChange={(event) =>
                  setCrewCalls(
                    crewCalls.map((row, at) =>
                      at === index ? { ...row, department: event.target.value } : row,
                    ),
                  )
                }
              />
              <input
                type="time"
                aria-label={t("callSheets.column.call")}
                value={line.call}
                onChange={(event) =>
                  setCrewCalls(
                    crewCalls.map((row, at) => (at === index ? { ...row, call: event.target.value } : row)),
                  )
                }
              />
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setCrewCalls(crewCalls.filter((_, at) => at !== index))}
              >
                {t("common.remove")}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => setCrewCalls([...crewCalls, { department: "", call: calls.crewCall }])}
          >
            {t("callSheets.edit.addDepartment")}
          </button>
        </fieldset>

        <Field label={t("callSheets.notes")} error={fieldError(save.error, "notes")} wide>
          {(props) => (
            <textarea
              {...props}
              name="notes"
              rows={4}
              maxLength={4000}
              value={calls.notes}
              onChange={(event) => setCalls({ ...calls, notes: event.target.value })}
            />
          )}
        </Field>
        <div className="call-sheet-form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t("common.saving") : t("common.save")}
          </button>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </Panel>
  );
}
