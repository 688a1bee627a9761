// Below the line, after the shoot and around it: post-production (3000s) and other costs (4000s).
import { account, category, crew, line, type TemplateCategory } from "./chart-data.ts";

export const postProduction: readonly TemplateCategory[] = [
  category("3100", ["Постпродакшн: изображение", "Post-production: picture"], "below", [
    crew(
      "3101",
      ["Режиссёр монтажа", "Editor"],
      [line(["Режиссёр монтажа", "Editor"], "12", "week", "120000")],
    ),
    account(
      "3102",
      ["Монтажная", "Editing room"],
      [line(["Аренда монтажной", "Editing room rental"], "12", "week", "40000")],
    ),
    account(
      "3103",
      ["Цветокоррекция", "Colour grading"],
      [line(["Цветокоррекция", "Colour grading"], "1", "flat", "1200000")],
    ),
    account(
      "3104",
      ["Компьютерная графика", "Visual effects"],
      [line(["Компьютерная графика", "Visual effects"], "1", "allow", "3000000")],
    ),
    account(
      "3105",
      ["Мастеринг и материалы сдачи", "Mastering & deliverables"],
      [line(["Мастер-копии и материалы для сдачи", "Masters and deliverables"], "1", "allow", "600000")],
    ),
  ]),
  category("3200", ["Постпродакшн: звук", "Post-production: sound"], "below", [
    account(
      "3201",
      ["Перезапись и сведение", "Re-recording & mix"],
      [line(["Перезапись", "Final mix"], "1", "flat", "1500000")],
    ),
    account("3202", ["Шумовое озвучание", "Foley"], [line(["Шумы", "Foley"], "1", "flat", "400000")]),
    account(
      "3203",
      ["Тонировка", "ADR"],
      [line(["Тонстудия для тонировки", "ADR studio"], "5", "day", "40000")],
    ),
  ]),
  category("3300", ["Музыка", "Music"], "below", [
    crew(
      "3301",
      ["Композитор", "Composer"],
      [line(["Гонорар композитора", "Composer's fee"], "1", "flat", "1500000")],
    ),
    account(
      "3302",
      ["Запись музыки", "Music recording"],
      [line(["Запись и сведение музыки", "Recording and mixing the score"], "1", "allow", "800000")],
    ),
    account(
      "3303",
      ["Права на музыку", "Music licences"],
      [line(["Лицензии на музыкальные произведения", "Music licences"], "1", "allow", "500000")],
    ),
  ]),
  category("3400", ["Языковые версии", "Language versions"], "below", [
    account(
      "3401",
      ["Дубляж", "Dubbing"],
      [line(["Дубляж, языков", "Dubbing, languages"], "1", "allow", "1200000", { x: "2" })],
    ),
    account(
      "3402",
      ["Субтитры", "Subtitles"],
      [line(["Субтитры на языки партнёров", "Subtitles in the partners' languages"], "5", "each", "60000")],
    ),
  ]),
];

export const otherCosts: readonly TemplateCategory[] = [
  category("4100", ["Страхование", "Insurance"], "below", [
    account(
      "4101",
      ["Страхование съёмочного периода", "Production insurance"],
      [line(["Страхование производства", "Production package"], "1", "allow", "1200000")],
    ),
    account(
      "4102",
      ["Страхование техники", "Equipment insurance"],
      [line(["Страхование арендованной техники", "Rented equipment"], "1", "allow", "400000")],
    ),
    account(
      "4103",
      ["Страхование от несчастных случаев", "Accident insurance"],
      [line(["Страхование группы от несчастных случаев", "Crew accident cover"], "1", "flat", "300000")],
    ),
  ]),
  category("4200", ["Юридические услуги", "Legal"], "below", [
    account(
      "4201",
      ["Юридическое сопровождение", "Legal counsel"],
      [line(["Юридическое сопровождение", "Production legal"], "6", "month", "150000")],
    ),
    account(
      "4202",
      ["Регистрация прав и прокатное удостоверение", "Rights registration & release certificate"],
      [
        line(
          ["Регистрация прав и прокатное удостоверение", "Registration and release certificate"],
          "1",
          "allow",
          "150000",
        ),
      ],
    ),
  ]),
  category("4300", ["Сборы и пошлины", "Fees & duties"], "below", [
    account(
      "4301",
      ["Банковские расходы", "Bank charges"],
      [
        line(
          ["Банковские комиссии и валютный контроль", "Bank and currency control fees"],
          "1",
          "allow",
          "200000",
        ),
      ],
    ),
    account(
      "4302",
      ["Таможенное оформление техники", "Customs clearance"],
      [
        line(
          ["Временный ввоз техники (карнет АТА)", "Temporary import of equipment (ATA carnet)"],
          "1",
          "allow",
          "400000",
        ),
      ],
    ),
    account(
      "4303",
      ["Визы и разрешения на работу", "Visas & work permits"],
      [line(["Визы и разрешения на работу", "Visas and work permits"], "1", "allow", "200000")],
    ),
  ]),
  category("4400", ["Общие расходы", "General expenses"], "below", [
    account(
      "4401",
      ["Офис производства", "Production office"],
      [line(["Аренда офиса", "Office rent"], "6", "month", "200000")],
    ),
    account(
      "4402",
      ["Связь и интернет", "Communications"],
      [line(["Мобильная связь и интернет", "Phones and internet"], "6", "month", "30000")],
    ),
    account(
      "4403",
      ["Бухгалтерия", "Accounting"],
      [line(["Бухгалтерское сопровождение", "Production accountant"], "8", "month", "80000")],
    ),
    account("4404", ["Аудит", "Audit"], [line(["Аудит затрат", "Cost audit"], "1", "flat", "300000")]),
  ]),
];
