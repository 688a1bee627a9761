// The demo's production budget: «Искра», 12 episodes, 48 shooting days in Russia, Belarus, Kazakhstan, Tajikistan
// and Kyrgyzstan, each studio paying for what is spent in its country and 1-2-3 Production for the rest. Written in
// the documented budget format (packages/core/src/budget/FORMAT.md) with partners named by key; the seeding maps
// the keys to the demo studios. Rates, fees and fringe percentages are illustrative, not references.

export type DemoPartnerKey = "123" | "belarusfilm" | "kinoliga" | "tajikfilm" | "kyrgyzfilm";

interface Line {
  description: string;
  amount: string;
  unit: string;
  x?: string;
  rate: string;
  currency: string;
  partner?: DemoPartnerKey;
  country?: string;
  fringes?: string[];
  fringeRange?: string;
  groups?: string[];
  qualifying?: boolean;
}

interface Account {
  code: string;
  name: string;
  partner?: DemoPartnerKey;
  country?: string;
  fringes?: string[];
  lines: Line[];
}

interface Category {
  code: string;
  name: string;
  side: "above" | "below";
  partner?: DemoPartnerKey;
  country?: string;
  accounts: Account[];
}

/** A line in the home currency of a country: [description, amount, unit, x, rate]. */
type Row = [string, string, string, string, string];

const ru = { partner: "123", country: "RU" } as const;
const by = { partner: "belarusfilm", country: "BY" } as const;
const kz = { partner: "kinoliga", country: "KZ" } as const;
const tj = { partner: "tajikfilm", country: "TJ" } as const;
const kg = { partner: "kyrgyzfilm", country: "KG" } as const;

const homeCurrency: Record<string, string> = { RU: "RUB", BY: "BYN", KZ: "KZT", TJ: "TJS", KG: "KGS" };
const payroll: Record<string, string[]> = {
  RU: ["ru-social", "set-insurance"],
  BY: ["by-fszn", "set-insurance"],
  KZ: ["kz-social", "set-insurance"],
  TJ: ["tj-social", "set-insurance"],
  KG: ["kg-social", "set-insurance"],
};

/** Lines paid by `who` in its country and currency; `pay` adds the country's payroll fringes. */
function rows(
  who: { partner: DemoPartnerKey; country: string },
  list: Row[],
  options: { pay?: boolean; groups?: string[] } = {},
): Line[] {
  return list.map(([description, amount, unit, x, rate]) => ({
    description,
    amount,
    unit,
    ...(x === "1" ? {} : { x }),
    rate,
    currency: homeCurrency[who.country]!,
    partner: who.partner,
    country: who.country,
    ...(options.pay ? { fringes: payroll[who.country]! } : {}),
    ...(options.groups ? { groups: options.groups } : {}),
  }));
}

const categories: Category[] = [
  {
    code: "1100",
    name: "Сценарий и права",
    side: "above",
    accounts: [
      {
        code: "1110",
        name: "Права и сценарий",
        lines: rows(
          ru,
          [
            ["Сценарий, 12 серий", "EPISODES", "episode", "1", "450000"],
            ["Права на повесть «Позывной Искра»", "1", "flat", "1", "1200000"],
            ["Редактура и адаптация для партнёров", "1", "flat", "1", "600000"],
          ],
          { pay: true },
        ),
      },
    ],
  },
  {
    code: "1200",
    name: "Продюсерская группа",
    side: "above",
    accounts: [
      {
        code: "1210",
        name: "Продюсеры",
        lines: [
          ...rows(
            ru,
            [["Генеральный продюсер", "PREPWEEKS + SHOOTWEEKS + WRAPWEEKS", "week", "1", "180000"]],
            {
              pay: true,
            },
          ),
          ...rows(
            by,
            [["Исполнительный продюсер, Беларусь", "PREPWEEKS + SHOOTWEEKS", "week", "1", "4200"]],
            {
              pay: true,
            },
          ),
          ...rows(kz, [["Линейный продюсер, Казахстан", "PREPWEEKS + SHOOTWEEKS", "week", "1", "650000"]], {
            pay: true,
          }),
          ...rows(tj, [["Продюсер блока, Таджикистан", "6", "week", "1", "9500"]], { pay: true }),
          ...rows(kg, [["Продюсер блока, Кыргызстан", "5", "week", "1", "95000"]], { pay: true }),
        ],
      },
    ],
  },
  {
    code: "1300",
    name: "Режиссёрская группа",
    side: "above",
    accounts: [
      {
        code: "1310",
        name: "Режиссёр-постановщик",
        lines: rows(ru, [["Режиссёр-постановщик, 12 серий", "EPISODES", "episode", "1", "550000"]], {
          pay: true,
        }),
      },
      {
        code: "1320",
        name: "Режиссёрская группа",
        lines: rows(
          ru,
          [
            ["Второй режиссёр", "PREPDAYS + SHOOTDAYS", "shift", "1", "18000"],
            ["Ассистент режиссёра по актёрам", "PREPDAYS + SHOOTDAYS", "shift", "1", "9000"],
            ["Скрипт-супервайзер", "SHOOTDAYS", "shift", "1", "8000"],
          ],
          { pay: true },
        ),
      },
    ],
  },
  {
    code: "1400",
    name: "Актёры",
    side: "above",
    accounts: [
      {
        code: "1410",
        name: "Главные роли",
        lines: [
          ...rows(ru, [["Искра — исполнительница главной роли", "SHOOTDAYS", "shift", "1", "120000"]], {
            pay: true,
          }),
          ...rows(ru, [["Мишка — исполнитель роли", "DAYS_RU + DAYS_BY", "shift", "1", "45000"]], {
            pay: true,
          }),
          ...rows(by, [["Комбат — исполнитель роли", "DAYS_BY", "shift", "1", "1800"]], { pay: true }),
          ...rows(kz, [["Радист Ержан — исполнитель роли", "DAYS_KZ + DAYS_TJ", "shift", "1", "450000"]], {
            pay: true,
          }),
        ],
      },
      {
        code: "1420",
        name: "Роли второго плана и эпизоды",
        lines: [
          ...rows(ru, [["Роли второго плана, Москва", "DAYS_RU", "shift", "6", "25000"]], { pay: true }),
          ...rows(by, [["Роли второго плана, Минск", "DAYS_BY", "shift", "5", "600"]], { pay: true }),
          ...rows(kz, [["Эпизодические роли, Алматы", "DAYS_KZ", "shift", "4", "90000"]], { pay: true }),
          ...rows(tj, [["Эпизодические роли, Душанбе", "DAYS_TJ", "shift", "3", "900"]], { pay: true }),
          ...rows(kg, [["Эпизодические роли, Бишкек", "DAYS_KG", "shift", "3", "6500"]], { pay: true }),
        ],
      },
      {
        code: "1430",
        name: "Кастинг и репетиции",
        lines: rows(
          ru,
          [
            ["Кастинг-директор", "PREPWEEKS", "week", "1", "60000"],
            ["Репетиции и пробы", "10", "shift", "1", "70000"],
          ],
          { pay: true },
        ),
      },
    ],
  },
  {
    code: "2100",
    name: "Съёмочная группа",
    side: "below",
    accounts: [
      {
        code: "2110",
        name: "Операторский цех",
        lines: rows(
          ru,
          [
            ["Оператор-постановщик", "PREPDAYS / 2 + SHOOTDAYS", "shift", "1", "65000"],
            ["Второй оператор (B-камера)", "SHOOTDAYS", "shift", "1", "30000"],
            ["Фокус-пуллер", "SHOOTDAYS", "shift", "2", "14000"],
            ["Оператор Steadicam", "20", "shift", "1", "38000"],
            ["DIT (цифровой техник)", "SHOOTDAYS", "shift", "1", "12000"],
          ],
          { pay: true },
        ),
      },
      {
        code: "2120",
        name: "Осветительный цех",
        lines: [
          ...rows(ru, [["Гаффер", "SHOOTDAYS", "shift", "1", "20000"]], { pay: true }),
          ...rows(by, [["Осветители, Беларусь", "DAYS_BY", "shift", "6", "160"]], { pay: true }),
          ...rows(kz, [["Осветители, Казахстан", "DAYS_KZ", "shift", "6", "28000"]], { pay: true }),
        ],
      },
      {
        code: "2130",
        name: "Звуковой цех",
        lines: rows(
          ru,
          [
            ["Звукорежиссёр на площадке", "SHOOTDAYS", "shift", "1", "22000"],
            ["Микрофонный оператор", "SHOOTDAYS", "shift", "1", "11000"],
          ],
          { pay: true },
        ),
      },
      {
        code: "2140",
        name: "Художник-постановщик и декорации",
        lines: [
          ...rows(ru, [["Художник-постановщик", "PREPWEEKS + SHOOTWEEKS", "week", "1", "120000"]], {
            pay: true,
          }),
          ...rows(by, [
            ["Застройка: штаб и блиндаж, павильон № 3", "1", "flat", "1", "185000"],
            ["Состаривание эшелона, 4 вагона", "4", "each", "1", "9500"],
          ]),
          ...rows(kz, [["Декорация вокзала 1942 года, Алматы-1", "1", "flat", "1", "21000000"]]),
        ],
      },
      {
        code: "2150",
        name: "Реквизит и оружие",
        lines: [
          ...rows(ru, [["Реквизитор", "SHOOTDAYS", "shift", "1", "9000"]], { pay: true }),
          ...rows(by, [
            ["Аренда оружия времён войны с оружейником", "DAYS_BY", "shift", "1", "1400"],
            ["Холостые патроны", "3000", "each", "1", "4"],
          ]),
          ...rows(kz, [["Военная техника: полуторка и мотоцикл", "DAYS_KZ", "shift", "1", "380000"]]),
        ],
      },
      {
        code: "2160",
        name: "Костюм",
        lines: [
          ...rows(ru, [["Художник по костюмам", "PREPWEEKS + SHOOTWEEKS", "week", "1", "80000"]], {
            pay: true,
          }),
          ...rows(kg, [
            ["Пошив и подбор военной формы", "1", "flat", "1", "1450000"],
            ["Костюмеры на площадке", "DAYS_KG", "shift", "3", "4500"],
          ]),
        ],
      },
      {
        code: "2170",
        name: "Грим",
        lines: rows(
          ru,
          [
            ["Художник по гриму", "SHOOTDAYS", "shift", "1", "16000"],
            ["Гримёры", "SHOOTDAYS", "shift", "2", "8000"],
            ["Пластический грим: ранения", "1", "flat", "1", "450000"],
          ],
          { pay: true },
        ),
      },
      {
        code: "2180",
        name: "Каскадёры и пиротехника",
        lines: [
          ...rows(ru, [["Постановщик трюков", "15", "shift", "1", "40000"]], { pay: true }),
          ...rows(by, [["Пиротехника: взрывы на переправе", "1", "flat", "1", "52000"]]),
          ...rows(kz, [["Каскадёры, конные трюки в степи", "4", "shift", "6", "85000"]], { pay: true }),
        ],
      },
    ],
  },
  {
    code: "2200",
    name: "Массовка",
    side: "below",
    accounts: [
      {
        code: "2210",
        name: "Массовка и групповка",
        lines: [
          ...rows(ru, [["Массовка, Москва", "DAYS_RU", "shift", "40", "3500"]]),
          ...rows(by, [["Массовка: эшелон, Минск", "DAYS_BY", "shift", "80", "90"]]),
          ...rows(kz, [["Массовка: вокзал Алматы-1", "DAYS_KZ", "shift", "120", "15000"]]),
          ...rows(tj, [["Массовка: вокзал Душанбе (за Ташкент)", "DAYS_TJ", "shift", "90", "200"]]),
          ...rows(kg, [["Массовка: колхоз в предгорьях", "DAYS_KG", "shift", "50", "1800"]]),
        ],
      },
    ],
  },
  {
    code: "2300",
    name: "Объекты и павильоны",
    side: "below",
    accounts: [
      {
        code: "2310",
        name: "Павильоны",
        lines: [
          ...rows(ru, [["«Мосфильм», павильон № 10", "DAYS_RU", "shift", "1", "280000"]]),
          ...rows(by, [["«Беларусьфильм», павильон № 3", "DAYS_BY", "shift", "1", "6500"]]),
        ],
      },
      {
        code: "2320",
        name: "Натурные объекты",
        lines: [
          ...rows(kz, [
            ["Вокзал Алматы-1: аренда и оцепление", "DAYS_KZ / 2", "shift", "1", "1500000"],
            ["Степь под Капчагаем: разрешения", "1", "flat", "1", "900000"],
          ]),
          ...rows(tj, [["Вокзал Душанбе: аренда", "DAYS_TJ", "shift", "1", "14000"]]),
          ...rows(kg, [["Предгорья Ала-Тоо: аренда и разрешения", "DAYS_KG", "shift", "1", "120000"]]),
          ...rows(ru, [["Выбор натуры (скаутинг) в пяти странах", "1", "flat", "1", "1800000"]]),
        ],
      },
    ],
  },
  {
    code: "2400",
    name: "Техника",
    side: "below",
    accounts: [
      {
        code: "2410",
        name: "Камера и оптика",
        lines: rows(ru, [
          ["Камерный комплект, 2 камеры", "SHOOTWEEKS", "week", "1", "700000"],
          ["Анаморфотная оптика", "SHOOTWEEKS", "week", "1", "320000"],
        ]),
      },
      {
        code: "2420",
        name: "Свет, генераторы и грип",
        lines: [
          ...rows(by, [["Свет и генератор, Беларусь", "DAYS_BY", "shift", "1", "2600"]]),
          ...rows(kz, [["Свет и генератор, Казахстан", "DAYS_KZ + DAYS_KG", "shift", "1", "420000"]]),
          ...rows(ru, [["Свет, Москва", "DAYS_RU", "shift", "1", "140000"]]),
        ],
      },
    ],
  },
  {
    code: "2500",
    name: "Транспорт и переезды",
    side: "below",
    accounts: [
      {
        code: "2510",
        name: "Транспорт группы",
        lines: [
          ...rows(by, [["Автобусы и минивэны, Беларусь", "DAYS_BY", "shift", "4", "380"]]),
          ...rows(kz, [["Автобусы и минивэны, Казахстан", "DAYS_KZ", "shift", "4", "60000"]]),
          ...rows(tj, [["Транспорт, Таджикистан", "DAYS_TJ", "shift", "3", "1100"]]),
          ...rows(kg, [["Транспорт, Кыргызстан", "DAYS_KG", "shift", "3", "9000"]]),
        ],
      },
      {
        code: "2520",
        name: "Перелёты и переезды группы",
        lines: rows(ru, [
          ["Москва — Минск — Москва", "35", "each", "1", "24000"],
          ["Москва — Алматы — Москва", "45", "each", "1", "58000"],
          ["Алматы — Душанбе — Бишкек", "40", "each", "1", "32000"],
        ]),
      },
      {
        code: "2530",
        name: "Перевозка техники через границы",
        lines: rows(ru, [
          ["Карнет АТА и таможенное оформление", "4", "each", "1", "180000"],
          ["Фура с техникой между странами", "4", "each", "1", "420000"],
        ]),
      },
    ],
  },
  {
    code: "2600",
    name: "Проживание и питание",
    side: "below",
    accounts: [
      {
        code: "2610",
        name: "Гостиницы",
        lines: [
          ...rows(by, [["Гостиница, Минск", "DAYS_BY + 2", "day", "35", "140"]]),
          ...rows(kz, [["Гостиница, Алматы", "DAYS_KZ + 2", "day", "45", "28000"]]),
          ...rows(tj, [["Гостиница, Душанбе", "DAYS_TJ + 2", "day", "40", "450"]]),
          ...rows(kg, [["Гостиница, Бишкек", "DAYS_KG + 2", "day", "40", "4200"]]),
        ],
      },
      {
        code: "2620",
        name: "Питание на площадке",
        lines: [
          ...rows(ru, [["Кейтеринг, Москва", "DAYS_RU", "shift", "90", "1400"]]),
          ...rows(by, [["Кейтеринг, Беларусь", "DAYS_BY", "shift", "140", "28"]]),
          ...rows(kz, [["Кейтеринг, Казахстан", "DAYS_KZ", "shift", "190", "4500"]]),
          ...rows(tj, [["Кейтеринг, Таджикистан", "DAYS_TJ", "shift", "150", "70"]]),
          ...rows(kg, [["Кейтеринг, Кыргызстан", "DAYS_KG", "shift", "110", "650"]]),
        ],
      },
      {
        code: "2630",
        name: "Суточные",
        lines: rows(ru, [
          ["Суточные командированной группы", "DAYS_BY + DAYS_KZ + DAYS_TJ + DAYS_KG", "day", "45", "2500"],
        ]),
      },
    ],
  },
  {
    code: "3000",
    name: "Постпродакшн",
    side: "below",
    accounts: [
      {
        code: "3100",
        name: "Монтаж",
        lines: rows(ru, [["Режиссёр монтажа, 12 серий", "EPISODES", "episode", "1", "240000"]], {
          pay: true,
        }),
      },
      {
        code: "3200",
        name: "Звук и музыка",
        lines: rows(ru, [
          ["Композитор, оригинальная музыка", "1", "flat", "1", "3600000"],
          ["Перезапись и сведение", "EPISODES", "episode", "1", "220000"],
        ]),
      },
      {
        code: "3300",
        name: "Компьютерная графика",
        lines: [
          ...rows(ru, [["Графика: эшелон, бомбёжка", "EPISODES", "episode", "1", "380000"]]),
          ...rows(ru, [["Расширенная графика: воздушный бой", "4", "episode", "1", "2500000"]], {
            groups: ["vfx-extended"],
          }),
        ],
      },
      {
        code: "3400",
        name: "Цветокоррекция и мастеринг",
        lines: rows(ru, [["Цветокоррекция и мастер-копии", "EPISODES", "episode", "1", "160000"]]),
      },
      {
        code: "3500",
        name: "Языковые версии",
        lines: [
          ...rows(by, [["Белорусская версия: перевод и дубляж", "EPISODES", "episode", "1", "5200"]]),
          ...rows(kz, [["Казахская версия: перевод и дубляж", "EPISODES", "episode", "1", "950000"]]),
          ...rows(tj, [["Таджикская версия: перевод и дубляж", "EPISODES", "episode", "1", "11000"]]),
          ...rows(kg, [["Кыргызская версия: перевод и дубляж", "EPISODES", "episode", "1", "105000"]]),
          ...rows(ru, [["Английские субтитры", "EPISODES", "episode", "1", "45000"]]),
        ],
      },
    ],
  },
  {
    code: "4000",
    name: "Общие расходы",
    side: "below",
    accounts: [
      {
        code: "4100",
        name: "Страхование",
        lines: rows(ru, [["Страхование производства и техники", "1", "flat", "1", "2100000"]]),
      },
      {
        code: "4200",
        name: "Юридические и бухгалтерские услуги",
        lines: [
          ...rows(ru, [["Договоры копродукции и права", "1", "flat", "1", "1500000"]]),
          ...rows(by, [["Бухгалтерия блока, Беларусь", "6", "month", "1", "2400"]]),
          ...rows(kz, [["Бухгалтерия блока, Казахстан", "6", "month", "1", "380000"]]),
        ],
      },
      {
        code: "4300",
        name: "Банковские и валютные расходы",
        lines: rows(ru, [["Комиссии банков и валютный контроль", "1", "flat", "1", "650000"]]),
      },
      {
        code: "4400",
        name: "Офис производства",
        lines: rows(ru, [["Офис в Москве: аренда и связь", "8", "month", "1", "210000"]]),
      },
    ],
  },
];

/** The whole budget document, partners named by key. */
export function iskraBudgetDocument() {
  return {
    format: "kinomost-budget",
    version: 1,
    title: "«Искра» — бюджет сериала, 12 серий",
    projectKind: "series",
    baseCurrency: "RUB",
    displayCurrency: "RUB",
    rates: {
      base: "RUB",
      date: "2025-04-01",
      source: "cbr",
      perUnit: { BYN: "27.2959", KZT: "0.169831", TJS: "7.7529", KGS: "0.9788", USD: "84.4", EUR: "91.32" },
    },
    globals: {
      EPISODES: "12",
      DAYS_RU: "8",
      DAYS_BY: "14",
      DAYS_KZ: "12",
      DAYS_TJ: "8",
      DAYS_KG: "6",
      SHOOTDAYS: "DAYS_RU + DAYS_BY + DAYS_KZ + DAYS_TJ + DAYS_KG",
      SHOOTWEEKS: "SHOOTDAYS / 6",
      PREPWEEKS: "8",
      PREPDAYS: "PREPWEEKS * 5",
      WRAPWEEKS: "2",
    },
    fringes: [
      {
        id: "ru-social",
        name: "Страховые взносы РФ",
        kind: "percent",
        value: "30",
        cutoff: "2759000",
        currency: "RUB",
      },
      { id: "by-fszn", name: "ФСЗН и Белгосстрах", kind: "percent", value: "34.6", currency: "BYN" },
      {
        id: "kz-social",
        name: "Социальный налог и взносы РК",
        kind: "percent",
        value: "14.5",
        currency: "KZT",
      },
      { id: "tj-social", name: "Социальный налог РТ", kind: "percent", value: "20", currency: "TJS" },
      { id: "kg-social", name: "Страховые взносы КР", kind: "percent", value: "17.25", currency: "KGS" },
      {
        id: "set-insurance",
        name: "Страхование на площадке",
        kind: "flat",
        value: "1500",
        cutoff: "60000",
        currency: "RUB",
      },
    ],
    groups: [{ id: "vfx-extended", name: "Расширенная графика (что если)", included: false }],
    contingency: { percent: "5", scope: "below" },
    categories,
    rebateFacts: {
      RU: { shootDays: 8, localCrewPercent: "85" },
      BY: { shootDays: 14 },
      KZ: { shootDays: 12, localCrewPercent: "60" },
      TJ: { shootDays: 8 },
      KG: { shootDays: 6 },
    },
  };
}
