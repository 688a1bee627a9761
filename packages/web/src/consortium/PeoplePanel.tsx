// Cast and key crew with their гражданство and резидентство — what treaty points and national-film tests count —
// each role with its съёмочные дни and, for an actor, the character from the breakdown.
import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { BreakdownElement, ProjectPerson } from "../api/types.ts";
import { breakdownKeys } from "../breakdown/queries.ts";
import { countryName } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { CountryCode } from "../ui/badges.tsx";
import { useErrorText, useKnownText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { ConfirmButton } from "../ui/table-actions.tsx";
import { PersonForm } from "./PersonForm.tsx";
import { peopleKey, useConsortiumChanged } from "./queries.ts";

export function PeoplePanel({
  projectId,
  countries,
  canEdit,
}: {
  projectId: string;
  /** The consortium's countries, offered first. */
  countries: readonly string[];
  canEdit: boolean;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [isAdding, setIsAdding] = useState(false);
  const people = useQuery({ queryKey: peopleKey(projectId), queryFn: () => api.people(projectId) });
  const rows = people.data?.people ?? [];
  const needsElements = isAdding || rows.some((person) => person.roles.some((role) => role.elementId));
  const elements = useQuery({
    queryKey: breakdownKeys.elements(projectId),
    queryFn: () => api.breakdownElements(projectId),
    enabled: needsElements,
  });
  const cast = (elements.data?.elements ?? []).filter((element) => element.category === "cast");
  return (
    <Panel
      id="people"
      title={t("consortium.people.title")}
      meta={String(rows.length)}
      actions={
        canEdit && !isAdding ? (
          <button type="button" className="button button--small" onClick={() => setIsAdding(true)}>
            + {t("consortium.person.add")}
          </button>
        ) : null
      }
      flush
    >
      {isAdding ? (
        <PersonForm
          projectId={projectId}
          countries={countries}
          cast={cast}
          onDone={() => setIsAdding(false)}
        />
      ) : null}
      {people.isPending ? <Loading /> : null}
      {people.isError ? <Notice tone="danger">{errorText(people.error)}</Notice> : null}
      {people.isSuccess && rows.length === 0 ? (
        <p className="panel__empty">{t("consortium.people.empty")}</p>
      ) : null}
      <table className="table" data-testid="people">
        <thead>
          <tr>
            <th scope="col">{t("consortium.people.name")}</th>
            <th scope="col">{t("consortium.people.role")}</th>
            <th scope="col">{t("consortium.people.citizenship")}</th>
            <th scope="col">{t("consortium.people.residence")}</th>
            <th scope="col" className="numeric">
              {t("consortium.people.days")}
            </th>
            {canEdit ? (
              <th scope="col">
                <span className="visually-hidden">{t("common.remove")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((person) => (
            <PersonRow key={person.id} projectId={projectId} person={person} cast={cast} canEdit={canEdit} />
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

function PersonRow({
  projectId,
  person,
  cast,
  canEdit,
}: {
  projectId: string;
  person: ProjectPerson;
  cast: readonly BreakdownElement[];
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const knownText = useKnownText();
  const errorText = useErrorText();
  const changed = useConsortiumChanged(projectId);
  const remove = useMutation({
    mutationFn: () => api.deletePerson(projectId, person.id),
    onSuccess: () => changed(peopleKey(projectId)),
  });
  const days = person.roles.flatMap((role) => (role.daysWorked === null ? [] : [role.daysWorked]));
  return (
    <tr>
      <td className="table__strong">{person.name}</td>
      <td>
        <ul className="person-roles">
          {person.roles.map((role, index) => {
            const character = role.elementId
              ? cast.find((element) => element.id === role.elementId)
              : undefined;
            return (
              <li key={`${role.role}-${index}`}>
                {knownText(`personRole.${role.role}`, role.role)}
                {character ? <span className="muted"> · {character.name}</span> : null}
              </li>
            );
          })}
        </ul>
      </td>
      <td>
        <span className="country-codes">
          {person.citizenship.map((code) => (
            <CountryCode key={code} code={code} />
          ))}
        </span>
      </td>
      <td>
        {person.residence ? (
          <span className="country">
            <CountryCode code={person.residence} /> {countryName(person.residence, locale)}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="numeric">{days.length > 0 ? Math.max(...days) : <span className="muted">—</span>}</td>
      {canEdit ? (
        <td className="table__actions">
          <ConfirmButton
            label={t("common.remove")}
            question={t("consortium.person.confirmRemove", { name: person.name })}
            disabled={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
          {remove.isError ? <div className="field__error">{errorText(remove.error)}</div> : null}
        </td>
      ) : null}
    </tr>
  );
}
