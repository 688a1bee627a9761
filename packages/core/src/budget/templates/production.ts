// Below the line, the shoot: production staff, extras, camera, lighting and grip, sound, art and sets (codes
// 2000–2250; the other departments, 2300–2600, are in production-services.ts). Categories are fifty apart so that
// each department (цех) the Russian trade keeps apart has a category of its own within the 2000s.
import { account, category, crew, line, type TemplateCategory } from "./chart-data.ts";

const prepAndShoot = "PREPDAYS + SHOOTDAYS";

export const production: readonly TemplateCategory[] = [
  category("2000", ["Административная группа", "Production staff"], "below", [
    crew(
      "2001",
      ["Директор картины", "Unit production manager"],
      [
        line(
          ["Директор картины", "Unit production manager"],
          "PREPDAYS + SHOOTDAYS + WRAPDAYS",
          "day",
          "12000",
        ),
      ],
    ),
    crew(
      "2002",
      ["Второй режиссёр и ассистенты", "Assistant directors"],
      [
        line(["Второй режиссёр", "First assistant director"], prepAndShoot, "day", "10000"),
        line(
          ["Ассистенты режиссёра на площадке", "Assistant directors on set"],
          "SHOOTDAYS",
          "shift",
          "6000",
          {
            x: "2",
          },
        ),
      ],
    ),
    crew(
      "2003",
      ["Администраторы", "Production and set managers"],
      [line(["Администраторы площадки", "Set managers"], "SHOOTDAYS", "shift", "6000", { x: "2" })],
    ),
    crew(
      "2004",
      ["Скрипт-супервайзер", "Script supervisor"],
      [line(["Скрипт-супервайзер", "Script supervisor"], "SHOOTDAYS", "shift", "7000")],
    ),
  ]),
  category("2050", ["Массовка", "Extras & background"], "below", [
    crew(
      "2051",
      ["Массовка", "Background"],
      [
        line(["Массовка, человек в смену", "Background, people a shift"], "SHOOTDAYS", "shift", "3000", {
          x: "30",
        }),
      ],
    ),
    crew(
      "2052",
      ["Групповка", "Featured extras"],
      [line(["Групповка", "Featured extras"], "10", "shift", "6000", { x: "5" })],
    ),
    account(
      "2053",
      ["Кастинг массовки", "Extras casting"],
      [line(["Подбор массовки", "Extras casting"], "1", "allow", "150000")],
    ),
  ]),
  category("2100", ["Операторский цех", "Camera"], "below", [
    crew(
      "2101",
      ["Оператор-постановщик", "Director of photography"],
      [
        line(["Оператор-постановщик: подготовка", "Director of photography: prep"], "10", "day", "25000", {
          range: "dop",
        }),
        line(
          ["Оператор-постановщик: съёмки", "Director of photography: shoot"],
          "SHOOTDAYS",
          "shift",
          "50000",
          {
            range: "dop",
          },
        ),
      ],
    ),
    crew(
      "2102",
      ["Операторская группа", "Camera crew"],
      [
        line(["Фокус-пуллер", "Focus puller"], "SHOOTDAYS", "shift", "15000"),
        line(["Ассистент оператора", "Camera assistant"], "SHOOTDAYS", "shift", "8000"),
        line(["Инженер видеоданных (DIT)", "Digital imaging technician"], "SHOOTDAYS", "shift", "12000"),
      ],
    ),
    account(
      "2103",
      ["Операторская техника", "Camera equipment"],
      [
        line(["Камерный комплект", "Camera package"], "SHOOTDAYS", "shift", "80000"),
        line(["Носители и расходные материалы", "Media and expendables"], "1", "allow", "150000"),
      ],
    ),
  ]),
  category("2150", ["Осветительный цех", "Lighting & grip"], "below", [
    crew(
      "2151",
      ["Бригадир осветителей и осветители", "Gaffer & electricians"],
      [
        line(["Бригадир осветителей", "Gaffer"], "SHOOTDAYS", "shift", "15000"),
        line(["Осветители", "Electricians"], "SHOOTDAYS", "shift", "9000", { x: "4" }),
      ],
    ),
    crew(
      "2152",
      ["Механики операторской техники", "Grips"],
      [line(["Механики крана и тележки", "Dolly and crane grips"], "SHOOTDAYS", "shift", "9000", { x: "2" })],
    ),
    account(
      "2153",
      ["Осветительное оборудование", "Lighting & grip equipment"],
      [
        line(["Световой комплект", "Lighting package"], "SHOOTDAYS", "shift", "60000"),
        line(["Операторский кран и тележка", "Crane and dolly"], "10", "shift", "40000"),
      ],
    ),
    account(
      "2154",
      ["Генераторы", "Generators"],
      [line(["Генератор с водителем", "Generator with driver"], "SHOOTDAYS", "shift", "25000")],
    ),
  ]),
  category("2200", ["Звуковой цех", "Sound"], "below", [
    crew(
      "2201",
      ["Звукорежиссёр на площадке", "Production sound mixer"],
      [line(["Звукорежиссёр на площадке", "Production sound mixer"], "SHOOTDAYS", "shift", "20000")],
    ),
    crew(
      "2202",
      ["Звуковая группа", "Sound crew"],
      [line(["Микрофонный оператор", "Boom operator"], "SHOOTDAYS", "shift", "10000")],
    ),
    account(
      "2203",
      ["Звуковое оборудование", "Sound equipment"],
      [
        line(
          ["Звуковой комплект и радиосистемы", "Sound package and radio mics"],
          "SHOOTDAYS",
          "shift",
          "12000",
        ),
      ],
    ),
  ]),
  category("2250", ["Художник-постановщик и декорации", "Art department & sets"], "below", [
    crew(
      "2251",
      ["Художник-постановщик", "Production designer"],
      [line(["Художник-постановщик", "Production designer"], prepAndShoot, "day", "20000")],
    ),
    crew(
      "2252",
      ["Художественная группа", "Art department crew"],
      [
        line(["Ассистенты художника-постановщика", "Art assistants"], prepAndShoot, "day", "7000", {
          x: "2",
        }),
        line(["Декораторы", "Set dressers"], "SHOOTDAYS", "shift", "7000", { x: "3" }),
      ],
    ),
    account(
      "2253",
      ["Строительство декораций", "Set construction"],
      [line(["Строительство декораций", "Building the sets"], "1", "allow", "5000000")],
    ),
    account(
      "2254",
      ["Аренда павильона", "Stage rental"],
      [line(["Аренда павильона", "Stage rental"], "SHOOTDAYS / 2", "day", "150000")],
    ),
    account(
      "2255",
      ["Обстановка и застройка", "Set dressing"],
      [
        line(
          ["Мебель и обстановка: покупка и аренда", "Set dressing purchase and rental"],
          "1",
          "allow",
          "1500000",
        ),
      ],
    ),
  ]),
];
