// Adding a person to the project: name, гражданство (one to four countries), резидентство, and one or more roles,
// each with its съёмочные дни and, for an actor, the character (a cast element of the breakdown) they play.
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { api, type PersonInput } from "../api/client.ts";
import type { BreakdownElement } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice } from "../ui/layout.tsx";
import { useConsortiumFieldError } from "./field-errors.ts";
import { TableCellField } from "./InlineError.tsx";
import { CountryListInput, CountrySelect } from "./pickers.tsx";
import { peopleKey, useConsortiumChanged } from "./queries.ts";

const personRoles = [
  "director",
  "screenwriter",
  "composer",
  "actor",
  "director-of-photography",
  "sound-recordist",
  "editor",
  "costume-designer",
  "production-designer",
  "makeup-artist",
  "vfx-supervisor",
  "producer",
  "other",
] as const;

interface RoleRow {
  key: number;
  role: (typeof personRoles)[number];
  elementId: string;
  days: string;
}

export function PersonForm({
  projectId,
  countries,
  cast,
  onDone,
}: {
  projectId: string;
  countries: readonly string[];
  /** The breakdown's cast elements: the characters an actor can play. */
  cast: readonly BreakdownElement[];
  onDone: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const fieldText = useConsortiumFieldError();
  const changed = useConsortiumChanged(projectId);
  const [name, setName] = useState("");
  const [citizenship, setCitizenship] = useState<string[]>([]);
  const [residence, setResidence] = useState("");
  const [roles, setRoles] = useState<RoleRow[]>([{ key: 0, role: "actor", elementId: "", days: "" }]);
  const [nextKey, setNextKey] = useState(1);
  const save = useMutation({
    mutationFn: () => {
      const input: PersonInput = {
        name: name.trim(),
        citizenship,
        residence: residence || null,
        roles: roles.map((row) => ({
          role: row.role,
          elementId: row.role === "actor" && row.elementId ? row.elementId : null,
          daysWorked: row.days.trim() === "" ? null : Number(row.days),
        })),
      };
      return api.addPerson(projectId, input);
    },
    onSuccess: async () => {
      await changed(peopleKey(projectId));
      onDone();
    },
  });
  const error = save.error;
  const updateRole = (key: number, change: Partial<RoleRow>) =>
    setRoles(roles.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <form
      className="inline-form person-form"
      aria-label={t("consortium.person.add")}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <div className="form form--grid">
        <Field label={t("consortium.people.name")} error={fieldText(error, "name")}>
          {(props) => (
            <input
              {...props}
              value={name}
              maxLength={200}
              required
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t("consortium.people.citizenship")}
          hint={t("consortium.person.citizenshipHint")}
          error={fieldText(error, "citizenship")}
        >
          {(props) => (
            <CountryListInput
              {...props}
              value={citizenship}
              preferred={countries}
              max={4}
              onChange={setCitizenship}
            />
          )}
        </Field>
        <Field label={t("consortium.people.residence")} error={fieldText(error, "residence")}>
          {(props) => (
            <CountrySelect
              {...props}
              value={residence}
              preferred={countries}
              emptyLabel={t("common.notSet")}
              onChange={setResidence}
            />
          )}
        </Field>
      </div>
      <fieldset className="schedule">
        <legend className="schedule__title">{t("consortium.person.roles")}</legend>
        <table className="schedule__table">
          <thead>
            <tr>
              <th scope="col">{t("consortium.people.role")}</th>
              <th scope="col">{t("consortium.person.character")}</th>
              <th scope="col">{t("consortium.people.days")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("common.remove")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {roles.map((row, index) => {
              const elementError = fieldText(error, `roles.${index}.elementId`);
              const daysError = fieldText(error, `roles.${index}.daysWorked`);
              return (
                <tr key={row.key}>
                  <td>
                    <select
                      aria-label={t("consortium.person.roleOf", { number: index + 1 })}
                      value={row.role}
                      onChange={(event) =>
                        updateRole(row.key, { role: event.target.value as RoleRow["role"] })
                      }
                    >
                      {personRoles.map((role) => (
                        <option key={role} value={role}>
                          {t(`personRole.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {row.role === "actor" ? (
                      <TableCellField error={elementError}>
                        <select
                          aria-label={t("consortium.person.characterOf", { number: index + 1 })}
                          value={row.elementId}
                          onChange={(event) => updateRole(row.key, { elementId: event.target.value })}
                        >
                          <option value="">{t("consortium.person.noCharacter")}</option>
                          {cast.map((element) => (
                            <option key={element.id} value={element.id}>
                              {element.name}
                            </option>
                          ))}
                        </select>
                      </TableCellField>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>
                    <TableCellField error={daysError}>
                      <input
                        type="number"
                        min={0}
                        max={1000}
                        step={1}
                        className="numeric days-input"
                        aria-label={t("consortium.person.daysOf", { number: index + 1 })}
                        value={row.days}
                        onChange={(event) => updateRole(row.key, { days: event.target.value })}
                      />
                    </TableCellField>
                  </td>
                  <td className="schedule__remove">
                    {roles.length > 1 ? (
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        aria-label={t("consortium.person.removeRole", { number: index + 1 })}
                        onClick={() => setRoles(roles.filter((other) => other.key !== row.key))}
                      >
                        ×
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={4}>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={roles.length >= 10}
                  onClick={() => {
                    setRoles([...roles, { key: nextKey, role: "other", elementId: "", days: "" }]);
                    setNextKey(nextKey + 1);
                  }}
                >
                  + {t("consortium.person.addRole")}
                </button>
              </td>
            </tr>
          </tfoot>
        </table>
      </fieldset>
      {error ? <Notice tone="danger">{errorText(error)}</Notice> : null}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={save.isPending || !name.trim() || citizenship.length === 0}
        >
          {save.isPending ? t("common.saving") : t("consortium.person.submit")}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
