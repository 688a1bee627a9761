// Above the line: story and rights, producers, director, cast (codes 1100–1400, in the Movie Magic style).
import { category, crew, account, line, wholePeriod, type TemplateCategory } from "./chart-data.ts";

export const aboveTheLine: readonly TemplateCategory[] = [
  category("1100", ["Сценарий и права", "Story & rights"], "above", [
    account(
      "1101",
      ["Права на литературную основу", "Rights to the source material"],
      [line(["Права на экранизацию", "Screen rights"], "1", "flat", "1000000")],
    ),
    crew(
      "1102",
      ["Сценарий", "Screenplay"],
      [line(["Гонорар сценариста", "Screenwriter's fee"], "1", "flat", "2500000")],
    ),
    account(
      "1103",
      ["Редактура и переводы сценария", "Script editing & translations"],
      [
        line(
          ["Перевод сценария для партнёров", "Script translation for the partners"],
          "1",
          "allow",
          "300000",
        ),
      ],
    ),
  ]),
  category("1200", ["Продюсерская группа", "Producers"], "above", [
    crew(
      "1201",
      ["Продюсеры", "Producers"],
      [line(["Гонорар продюсера", "Producer's fee"], "1", "flat", "3000000")],
    ),
    crew(
      "1202",
      ["Исполнительный продюсер", "Executive producer"],
      [line(["Исполнительный продюсер", "Executive producer"], `(${wholePeriod}) / 5`, "week", "100000")],
    ),
    crew(
      "1203",
      ["Линейный продюсер", "Line producer"],
      [line(["Линейный продюсер", "Line producer"], `(${wholePeriod}) / 5`, "week", "90000")],
    ),
    account(
      "1204",
      ["Расходы продюсерской группы", "Producers' expenses"],
      [
        line(
          ["Представительские и командировочные расходы", "Entertainment and travel"],
          "1",
          "allow",
          "300000",
        ),
      ],
    ),
  ]),
  category("1300", ["Режиссёрская группа", "Director"], "above", [
    crew(
      "1301",
      ["Режиссёр-постановщик", "Director"],
      [line(["Гонорар режиссёра-постановщика", "Director's fee"], "1", "flat", "4000000")],
    ),
    crew(
      "1302",
      ["Ассистент режиссёра-постановщика", "Director's assistant"],
      [
        line(
          ["Ассистент режиссёра-постановщика", "Director's assistant"],
          "PREPDAYS + SHOOTDAYS",
          "day",
          "6000",
        ),
      ],
    ),
  ]),
  category("1400", ["Актёры", "Cast"], "above", [
    crew(
      "1401",
      ["Главные роли", "Principal cast"],
      [line(["Исполнители главных ролей", "Leading actors"], "SHOOTDAYS", "shift", "120000", { x: "2" })],
    ),
    crew(
      "1402",
      ["Роли второго плана", "Supporting cast"],
      [
        line(["Исполнители ролей второго плана", "Supporting actors"], "SHOOTDAYS / 2", "shift", "40000", {
          x: "4",
        }),
      ],
    ),
    crew(
      "1403",
      ["Эпизодические роли", "Day players"],
      [line(["Исполнители эпизодических ролей", "Day players"], "20", "shift", "15000")],
    ),
    crew(
      "1404",
      ["Кастинг", "Casting"],
      [line(["Кастинг-директор", "Casting director"], "PREPDAYS", "day", "8000")],
    ),
    account(
      "1405",
      ["Пробы и репетиции", "Screen tests & rehearsals"],
      [line(["Кинопробы и репетиции", "Screen tests and rehearsals"], "1", "allow", "200000")],
    ),
  ]),
];
