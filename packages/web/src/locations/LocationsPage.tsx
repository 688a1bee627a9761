// /projects/:projectId/locations: the real places the co-production shoots in (country, address, time zone)
// and the script's sets — the places its headings name — each assigned to the location it is shot at.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router-dom";
import { ApiError, api, type LocationInput } from "../api/client.ts";
import type { ShootingLocation, ShootingSet } from "../api/types.ts";
import { countryCodes, countryName } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { ProjectSection } from "../projects/ProjectSection.tsx";
import { CountryCode } from "../ui/badges.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { ConfirmButton } from "../ui/table-actions.tsx";
import { suggestedTimeZone, timeZones } from "./time-zones.ts";

const locationsKey = (projectId: string) => ["locations", projectId] as const;

export function LocationsPage() {
  const { projectId = "" } = useParams();
  const t = useT();
  return (
    <ProjectSection projectId={projectId} title={t("locations.title")}>
      {(detail) => (
        <LocationsContent projectId={projectId} canEdit={detail.permissions.includes("locations.edit")} />
      )}
    </ProjectSection>
  );
}

function LocationsContent({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const t = useT();
  const errorText = useErrorText();
  const [editing, setEditing] = useState<string | null>(null);
  const data = useQuery({ queryKey: locationsKey(projectId), queryFn: () => api.locations(projectId) });
  if (data.isPending) return <Loading />;
  if (data.isError) return <Notice tone="danger">{errorText(data.error)}</Notice>;
  const { locations, sets } = data.data;
  const unassigned = sets.filter((set) => set.locationId === null).length;
  return (
    <>
      <Panel id="locations" title={t("locations.list.title")} meta={String(locations.length)} flush>
        {canEdit ? <LocationForm projectId={projectId} onDone={() => undefined} /> : null}
        <table className="table" data-testid="locations">
          <thead>
            <tr>
              <th scope="col">{t("locations.column.name")}</th>
              <th scope="col">{t("locations.column.country")}</th>
              <th scope="col">{t("locations.column.address")}</th>
              <th scope="col">{t("locations.column.timeZone")}</th>
              <th scope="col" className="numeric">
                {t("locations.column.sets")}
              </th>
              {canEdit ? (
                <th scope="col">
                  <span className="visually-hidden">{t("common.edit")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {locations.map((location) =>
              editing === location.id ? (
                <tr key={location.id}>
                  <td colSpan={6}>
                    <LocationForm projectId={projectId} location={location} onDone={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <LocationRow
                  key={location.id}
                  projectId={projectId}
                  location={location}
                  canEdit={canEdit}
                  onEdit={() => setEditing(location.id)}
                />
              ),
            )}
          </tbody>
        </table>
      </Panel>
      <Panel
        id="sets"
        title={t("locations.sets.title")}
        meta={unassigned > 0 ? t("locations.sets.unassigned", { count: unassigned }) : String(sets.length)}
        flush
      >
        <p className="panel__intro">{t("locations.sets.intro")}</p>
        <table className="table" data-testid="sets">
          <thead>
            <tr>
              <th scope="col">{t("locations.sets.column.set")}</th>
              <th scope="col" className="numeric">
                {t("locations.sets.column.scenes")}
              </th>
              <th scope="col">{t("locations.sets.column.location")}</th>
            </tr>
          </thead>
          <tbody>
            {sets.map((set) => (
              <SetRow key={set.id} projectId={projectId} set={set} locations={locations} canEdit={canEdit} />
            ))}
          </tbody>
        </table>
      </Panel>
    </>
  );
}

function LocationRow({
  projectId,
  location,
  canEdit,
  onEdit,
}: {
  projectId: string;
  location: ShootingLocation;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.deleteLocation(projectId, location.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: locationsKey(projectId) }),
  });
  return (
    <tr>
      <td>
        {location.name}
        {location.notes ? <div className="muted">{location.notes}</div> : null}
      </td>
      <td>
        <CountryCode code={location.country} /> {countryName(location.country, locale)}
      </td>
      <td>{location.address ?? <span className="muted">—</span>}</td>
      <td>{location.timeZone}</td>
      <td className="numeric">{location.setCount}</td>
      {canEdit ? (
        <td className="table__actions">
          <button type="button" className="button button--ghost button--small" onClick={onEdit}>
            {t("common.edit")}
          </button>
          <ConfirmButton
            label={t("common.remove")}
            question={t("locations.remove.confirm", { name: location.name })}
            disabled={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </td>
      ) : null}
    </tr>
  );
}

function SetRow({
  projectId,
  set,
  locations,
  canEdit,
}: {
  projectId: string;
  set: ShootingSet;
  locations: readonly ShootingLocation[];
  canEdit: boolean;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const assign = useMutation({
    mutationFn: (locationId: string | null) =>
      api.assignSet(projectId, set.id, { version: set.version, locationId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: locationsKey(projectId) }),
  });
  const current = locations.find((location) => location.id === set.locationId);
  return (
    <tr>
      <td className="set-name">{set.name}</td>
      <td className="numeric">{set.sceneCount}</td>
      <td>
        {canEdit ? (
          <select
            aria-label={t("locations.sets.choose", { set: set.name })}
            value={set.locationId ?? ""}
            disabled={assign.isPending}
            onChange={(event) => assign.mutate(event.target.value || null)}
          >
            <option value="">{t("locations.sets.none")}</option>
            {locations.map((location) => (
              <option key={location.id} value={location.id}>
                {location.name} ({location.country})
              </option>
            ))}
          </select>
        ) : (
          (current?.name ?? <span className="muted">{t("locations.sets.none")}</span>)
        )}
        {assign.isError ? <div className="field__error">{errorText(assign.error)}</div> : null}
      </td>
    </tr>
  );
}

function LocationForm({
  projectId,
  location,
  onDone,
}: {
  projectId: string;
  location?: ShootingLocation;
  onDone: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const empty: LocationInput = { name: "", country: "BY", address: "", timeZone: "Europe/Minsk", notes: "" };
  const [input, setInput] = useState<LocationInput>(
    location
      ? {
          name: location.name,
          country: location.country,
          address: location.address ?? "",
          timeZone: location.timeZone,
          notes: location.notes ?? "",
        }
      : empty,
  );
  const body = { ...input, address: input.address?.trim() || null, notes: input.notes?.trim() || null };
  const save = useMutation({
    mutationFn: () =>
      location
        ? api.updateLocation(projectId, location.id, { ...body, version: location.version })
        : api.createLocation(projectId, body),
    onSuccess: async () => {
      if (!location) setInput(empty);
      await queryClient.invalidateQueries({ queryKey: locationsKey(projectId) });
      onDone();
    },
  });
  return (
    <form
      className="form form--grid location-form"
      aria-label={location ? t("locations.edit.title") : t("locations.add.title")}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Field label={t("locations.column.name")} error={fieldError(save.error, "name")}>
        {(props) => (
          <input
            {...props}
            value={input.name}
            onChange={(event) => setInput({ ...input, name: event.target.value })}
          />
        )}
      </Field>
      <Field label={t("locations.column.country")} error={fieldError(save.error, "country")}>
        {(props) => (
          <select
            {...props}
            value={input.country}
            onChange={(event) =>
              setInput({
                ...input,
                country: event.target.value,
                timeZone: suggestedTimeZone(event.target.value) ?? input.timeZone,
              })
            }
          >
            {countryCodes.map((code) => (
              <option key={code} value={code}>
                {countryName(code, locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("locations.column.timeZone")} error={fieldError(save.error, "timeZone")}>
        {(props) => (
          <select
            {...props}
            value={input.timeZone}
            onChange={(event) => setInput({ ...input, timeZone: event.target.value })}
          >
            {timeZones().map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("locations.column.address")} error={fieldError(save.error, "address")} wide>
        {(props) => (
          <input
            {...props}
            value={input.address ?? ""}
            onChange={(event) => setInput({ ...input, address: event.target.value })}
          />
        )}
      </Field>
      <Field label={t("locations.column.notes")} error={fieldError(save.error, "notes")} wide>
        {(props) => (
          <input
            {...props}
            value={input.notes ?? ""}
            onChange={(event) => setInput({ ...input, notes: event.target.value })}
          />
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.isPending || !input.name.trim()}>
          {location ? t("common.save") : t("locations.add.submit")}
        </button>
        {location ? (
          <button type="button" className="button button--ghost" onClick={onDone}>
            {t("common.cancel")}
          </button>
        ) : null}
      </div>
      {save.isError && !(save.error instanceof ApiError && save.error.status === 400) ? (
        <Notice tone="danger">{errorText(save.error)}</Notice>
      ) : null}
    </form>
  );
}
