// Места производства: where shooting, studio work, VFX and post-production happen, by country, weighed by days or
// by spend — points tables score a place when more than half of it is in a party country.
import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { ProductionPlace } from "../api/types.ts";
import { countryName, formatDecimalMoney } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { CountryCode } from "../ui/badges.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { ConfirmButton } from "../ui/table-actions.tsx";
import { PlaceForm, placeKinds } from "./PlaceForm.tsx";
import { placesKey, useConsortiumChanged } from "./queries.ts";

export function PlacesPanel({
  projectId,
  countries,
  currencies,
  canEdit,
}: {
  projectId: string;
  countries: readonly string[];
  currencies: readonly string[];
  canEdit: boolean;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [isAdding, setIsAdding] = useState(false);
  const places = useQuery({ queryKey: placesKey(projectId), queryFn: () => api.places(projectId) });
  const rows = [...(places.data?.places ?? [])].sort(
    (a, b) => placeKinds.indexOf(a.kind) - placeKinds.indexOf(b.kind) || a.country.localeCompare(b.country),
  );
  return (
    <Panel
      id="places"
      title={t("consortium.places.title")}
      meta={String(rows.length)}
      actions={
        canEdit && !isAdding ? (
          <button type="button" className="button button--small" onClick={() => setIsAdding(true)}>
            + {t("consortium.place.add")}
          </button>
        ) : null
      }
      flush
    >
      {isAdding ? (
        <PlaceForm
          projectId={projectId}
          countries={countries}
          currencies={currencies}
          onDone={() => setIsAdding(false)}
        />
      ) : null}
      {places.isPending ? <Loading /> : null}
      {places.isError ? <Notice tone="danger">{errorText(places.error)}</Notice> : null}
      {places.isSuccess && rows.length === 0 ? (
        <p className="panel__empty">{t("consortium.places.empty")}</p>
      ) : null}
      <table className="table" data-testid="places">
        <thead>
          <tr>
            <th scope="col">{t("consortium.places.kind")}</th>
            <th scope="col">{t("consortium.places.country")}</th>
            <th scope="col" className="numeric">
              {t("consortium.places.extent")}
            </th>
            {canEdit ? (
              <th scope="col">
                <span className="visually-hidden">{t("common.remove")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((place) => (
            <PlaceRow key={place.id} projectId={projectId} place={place} canEdit={canEdit} />
          ))}
        </tbody>
      </table>
    </Panel>
  );
}

function PlaceRow({
  projectId,
  place,
  canEdit,
}: {
  projectId: string;
  place: ProductionPlace;
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const changed = useConsortiumChanged(projectId);
  const remove = useMutation({
    mutationFn: () => api.deletePlace(projectId, place.id),
    onSuccess: () => changed(placesKey(projectId)),
  });
  const kind = t(`consortium.placeKind.${place.kind}`);
  return (
    <tr>
      <td>{kind}</td>
      <td>
        <span className="country">
          <CountryCode code={place.country} /> {countryName(place.country, locale)}
        </span>
      </td>
      <td className="numeric">
        {place.days !== null
          ? t(place.kind === "shooting" ? "consortium.places.shootingDays" : "consortium.places.days", {
              count: place.days,
            })
          : place.spend !== null && place.currency !== null
            ? formatDecimalMoney(place.spend, place.currency, locale)
            : "—"}
      </td>
      {canEdit ? (
        <td className="table__actions">
          <ConfirmButton
            label={t("common.remove")}
            question={t("consortium.place.confirmRemove", {
              kind,
              country: countryName(place.country, locale),
            })}
            disabled={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
          {remove.isError ? <div className="field__error">{errorText(remove.error)}</div> : null}
        </td>
      ) : null}
    </tr>
  );
}
