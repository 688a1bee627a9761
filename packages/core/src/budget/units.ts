// The default unit definitions of a detail line, in the trade's words; a budget may add or override them.
// Data only: what a unit means for the arithmetic is its factor, "1" unless a budget says otherwise.
import type { UnitDefinition } from "./types.ts";

export const defaultUnits: Readonly<Record<string, UnitDefinition>> = {
  hour: { label: "Hour / Час" },
  day: { label: "Day / День" },
  shift: { label: "Shift / Смена" },
  week: { label: "Week / Неделя" },
  month: { label: "Month / Месяц" },
  episode: { label: "Episode / Серия" },
  flat: { label: "Flat / Аккорд" },
  allow: { label: "Allow / Лимит" },
  each: { label: "Each / Шт." },
};
