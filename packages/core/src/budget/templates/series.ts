// The series template: the feature chart with its writing, directing, cast and post-production lines driven by
// the number of episodes (EPISODES) instead of one film.
import { line, type StarterLine, type TemplateCategory } from "./chart-data.ts";

const episodeLines: Readonly<Record<string, readonly StarterLine[]>> = {
  "1102": [
    line(["Сценарии серий", "Episode scripts"], "EPISODES", "episode", "600000"),
    line(["Библия сериала", "Series bible"], "1", "flat", "800000"),
  ],
  "1201": [
    line(["Гонорар продюсера", "Producer's fee"], "1", "flat", "3000000"),
    line(
      ["Креативный продюсер (шоураннер), за серию", "Showrunner, per episode"],
      "EPISODES",
      "episode",
      "300000",
    ),
  ],
  "1301": [
    line(["Режиссёр-постановщик, за серию", "Director, per episode"], "EPISODES", "episode", "600000"),
  ],
  "1403": [
    line(
      ["Эпизодические роли, смен на серию", "Day players, shifts an episode"],
      "EPISODES * 3",
      "shift",
      "15000",
    ),
  ],
  "3101": [line(["Монтаж серий", "Episode editing"], "EPISODES", "episode", "250000")],
  "3102": [line(["Аренда монтажной", "Editing room rental"], "EPISODES * 2", "week", "40000")],
  "3103": [line(["Цветокоррекция серий", "Episode grading"], "EPISODES", "episode", "150000")],
  "3201": [line(["Перезапись серий", "Episode mix"], "EPISODES", "episode", "200000")],
  "3202": [line(["Шумовое озвучание серий", "Episode foley"], "EPISODES", "episode", "50000")],
  "3401": [
    line(["Дубляж серий, языков", "Episode dubbing, languages"], "EPISODES", "episode", "150000", { x: "2" }),
  ],
  "3402": [
    line(["Субтитры серий, языков", "Episode subtitles, languages"], "EPISODES", "episode", "20000", {
      x: "5",
    }),
  ],
};

/** The feature chart with episode-driven lines where a series pays by the episode. */
export function seriesChart(feature: readonly TemplateCategory[]): TemplateCategory[] {
  return feature.map((category) => ({
    ...category,
    accounts: category.accounts.map((account) => ({
      ...account,
      lines: episodeLines[account.code] ?? account.lines,
    })),
  }));
}
