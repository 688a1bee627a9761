// The stripboard's filters: one cast member, location, country, episode or unit; the strips that do not match are
// dimmed or hidden. The count says how many strips match.
import { useMemo } from "react";
import type { Board } from "../../api/types.ts";
import { countryName } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { filterChoices, isFiltering, noFilter, type BoardFilter } from "./filters.ts";

function Choice({
  label,
  any,
  value,
  options,
  onChange,
}: {
  label: string;
  /** The first choice, which filters nothing: «все актёры». */
  any: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label className={`board-filters__choice${value ? " is-active" : ""}`}>
      <span className="visually-hidden">{label}</span>
      <select className="select--compact" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function BoardFilters({
  board,
  filter,
  matching,
  onChange,
}: {
  board: Board;
  filter: BoardFilter;
  /** Strips matching the filter. */
  matching: number;
  onChange: (filter: BoardFilter) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const choices = useMemo(() => filterChoices(board), [board]);
  const set = (change: Partial<BoardFilter>) => onChange({ ...filter, ...change });
  return (
    <div className="board-filters" role="group" aria-label={t("schedule.filter.label")}>
      <span className="board-filters__title" aria-hidden="true">
        {t("schedule.filter.title")}
      </span>
      <Choice
        label={t("schedule.filter.cast")}
        any={t("schedule.filter.any.cast")}
        value={filter.castId ?? ""}
        options={choices.cast.map((person) => ({
          value: person.id,
          label: person.boardId ? `${person.boardId}. ${person.name}` : person.name,
        }))}
        onChange={(value) => set({ castId: value || null })}
      />
      <Choice
        label={t("schedule.filter.location")}
        any={t("schedule.filter.any.location")}
        value={filter.locationId ?? ""}
        options={choices.locations.map((location) => ({ value: location.id, label: location.name }))}
        onChange={(value) => set({ locationId: value || null })}
      />
      <Choice
        label={t("schedule.filter.country")}
        any={t("schedule.filter.any.country")}
        value={filter.country ?? ""}
        options={choices.countries.map((code) => ({ value: code, label: countryName(code, locale) }))}
        onChange={(value) => set({ country: value || null })}
      />
      {choices.episodes.length > 0 ? (
        <Choice
          label={t("schedule.filter.episode")}
          any={t("schedule.filter.any.episode")}
          value={filter.episode === null ? "" : String(filter.episode)}
          options={choices.episodes.map((episode) => ({
            value: String(episode),
            label: t("schedule.filter.episodeValue", { number: episode }),
          }))}
          onChange={(value) => set({ episode: value ? Number(value) : null })}
        />
      ) : null}
      {choices.units.length > 1 ? (
        <Choice
          label={t("schedule.filter.unit")}
          any={t("schedule.filter.any.unit")}
          value={filter.unitId ?? ""}
          options={choices.units.map((unit) => ({ value: unit.id, label: unit.name }))}
          onChange={(value) => set({ unitId: value || null })}
        />
      ) : null}
      <label className="board-filters__choice">
        <span className="visually-hidden">{t("schedule.filter.others")}</span>
        <select
          className="select--compact board-filters__mode"
          value={filter.mode}
          onChange={(event) => set({ mode: event.target.value === "hide" ? "hide" : "dim" })}
        >
          <option value="dim">{t("schedule.filter.dim")}</option>
          <option value="hide">{t("schedule.filter.hide")}</option>
        </select>
      </label>
      {isFiltering(filter) ? (
        <div className="board-filters__summary">
          <span role="status">
            {t("schedule.filter.matching", { count: matching, total: board.scenes.length })}
          </span>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => onChange({ ...noFilter, mode: filter.mode })}
          >
            {t("schedule.filter.reset")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
