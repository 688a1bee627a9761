// The demo's books: what each studio has paid in preparation so far (September–November 2026), against the
// budget's accounts, and the rates its accountants use. The Bank of Russia's figures of 1 April 2025 are the
// bank's own (BYN, KZT, UZS); the month-end rates and every cost are illustrative.
import type { DemoPartnerKey } from "./iskra-budget-data.ts";

interface Quote {
  currency: string;
  nominal: number;
  value: string;
  perUnit: string;
}

export interface DemoRateTable {
  source: "cbr" | "manual";
  date: string;
  base: string;
  origin: string;
  rates: Quote[];
}

const quote = (currency: string, nominal: number, value: string, perUnit: string) => ({
  currency,
  nominal,
  value,
  perUnit,
});

export const demoRateTables: DemoRateTable[] = [
  {
    source: "cbr",
    date: "2025-04-01",
    base: "RUB",
    origin: "https://www.cbr.ru/scripts/XML_daily.asp?date_req=01/04/2025",
    rates: [
      quote("BYN", 1, "27.2959", "27.2959"),
      quote("KZT", 100, "16.9831", "0.169831"),
      quote("UZS", 10000, "66.2085", "0.00662085"),
    ],
  },
  ...[
    ["2026-09-30", "28.1045", "16.3120", "0.163120", "8.1172", "0.9617"],
    ["2026-10-31", "28.4410", "15.9935", "0.159935", "8.2511", "0.9702"],
  ].map(([date, byn, kzt, kztPerUnit, tjs, kgs]) => ({
    source: "manual" as const,
    date: date!,
    base: "RUB",
    origin: "Курсы бухгалтерии на конец месяца",
    rates: [
      quote("BYN", 1, byn!, byn!),
      quote("KZT", 100, kzt!, kztPerUnit!),
      quote("TJS", 1, tjs!, tjs!),
      quote("KGS", 1, kgs!, kgs!),
    ],
  })),
];

export interface DemoActual {
  partner: DemoPartnerKey;
  country: string;
  date: string;
  vendor: string;
  account: string;
  description: string;
  currency: string;
  minor: bigint;
  reference: string;
}

type Row = [
  date: string,
  vendor: string,
  account: string,
  description: string,
  amount: string,
  reference: string,
];

const books: { partner: DemoPartnerKey; country: string; currency: string; rows: Row[] }[] = [
  {
    partner: "123",
    country: "RU",
    currency: "RUB",
    rows: [
      [
        "2026-09-05",
        "ООО «Сценарная мастерская»",
        "1110",
        "Сценарий, серии 1–6: вторая выплата",
        "2700000.00",
        "Акт № 14",
      ],
      ["2026-09-10", "Наследники А. Г. Орловой", "1110", "Права на повесть, 50 %", "600000.00", "Дог. № П-3"],
      [
        "2026-09-30",
        "Воронцова А. С.",
        "1210",
        "Генеральный продюсер, сентябрь",
        "720000.00",
        "Ведомость 09",
      ],
      ["2026-10-31", "Воронцова А. С.", "1210", "Генеральный продюсер, октябрь", "720000.00", "Ведомость 10"],
      ["2026-10-01", "ИП Лазарева Е. В.", "1430", "Кастинг-директор, сентябрь", "240000.00", "Акт № 7"],
      ["2026-11-18", "ИП Лазарева Е. В.", "1430", "Кинопробы, 3 смены", "195000.00", "Акт № 11"],
      [
        "2026-10-15",
        "ООО «Локейшн Сервис»",
        "2320",
        "Выбор натуры: Минск, Алматы, Душанбе, Бишкек",
        "1240500.00",
        "Акт № 208",
      ],
      ["2026-10-20", "ООО «Аэротур»", "2520", "Авиабилеты группы выбора натуры", "412300.00", "Счёт № 5521"],
      [
        "2026-09-30",
        "ООО «Бизнес-центр Лефортово»",
        "4400",
        "Офис производства, сентябрь",
        "210000.00",
        "Счёт № 901",
      ],
      [
        "2026-10-31",
        "ООО «Бизнес-центр Лефортово»",
        "4400",
        "Офис производства, октябрь",
        "210000.00",
        "Счёт № 1012",
      ],
      [
        "2026-11-12",
        "АБ «Право и кино»",
        "4200",
        "Договор копродукции и сопровождение",
        "750000.00",
        "Счёт № 77",
      ],
      [
        "2026-11-20",
        "АО «Страховой дом»",
        "4100",
        "Страхование производства, первый взнос",
        "1050000.00",
        "Полис 26-К-114",
      ],
    ],
  },
  {
    partner: "belarusfilm",
    country: "BY",
    currency: "BYN",
    rows: [
      [
        "2026-10-12",
        "Художественный цех «Беларусьфильма»",
        "2140",
        "Эскизы штаба и блиндажа",
        "12400.00",
        "Акт № 31",
      ],
      [
        "2026-11-03",
        "ООО «Декорстрой»",
        "2140",
        "Застройка павильона № 3, аванс 30 %",
        "55500.00",
        "Счёт № 118",
      ],
      [
        "2026-11-10",
        "Дирекция «Беларусьфильма»",
        "1210",
        "Исполнительный продюсер, октябрь",
        "16800.00",
        "Ведомость 10",
      ],
      [
        "2026-11-20",
        "ЧУП «Арсенал-Фильм»",
        "2150",
        "Бронирование оружия, предоплата",
        "4200.00",
        "Счёт № 42",
      ],
      ["2026-11-25", "Бухгалтерия «Беларусьфильма»", "4200", "Учёт блока, ноябрь", "2400.00", "Ведомость 11"],
    ],
  },
  {
    partner: "kinoliga",
    country: "KZ",
    currency: "KZT",
    rows: [
      ["2026-10-05", "Сапарова А. Е.", "1210", "Линейный продюсер, сентябрь", "2600000.00", "Ведомость 09"],
      ["2026-11-05", "Сапарова А. Е.", "1210", "Линейный продюсер, октябрь", "2600000.00", "Ведомость 10"],
      [
        "2026-10-28",
        "АО «НК «Қазақстан темір жолы»",
        "2320",
        "Бронь вокзала Алматы-1",
        "4500000.00",
        "Дог. № 0417",
      ],
      [
        "2026-11-16",
        "ТОО «Сахна Арт»",
        "2140",
        "Декорация вокзала: эскизный проект",
        "3150000.00",
        "Акт № 12",
      ],
      ["2026-11-24", "ТОО «Есеп-Аудит»", "4200", "Учёт блока, ноябрь", "380000.00", "Счёт № 310"],
    ],
  },
  {
    partner: "tajikfilm",
    country: "TJ",
    currency: "TJS",
    rows: [
      ["2026-11-10", "ГУП «Роҳи оҳани Тоҷикистон»", "2320", "Бронь вокзала Душанбе", "28000.00", "Дог. № 56"],
      ["2026-11-20", "Рахимов Ф. Н.", "1210", "Продюсер блока, подготовка", "9500.00", "Ведомость 11"],
    ],
  },
  {
    partner: "kyrgyzfilm",
    country: "KG",
    currency: "KGS",
    rows: [
      [
        "2026-10-20",
        "ОсОО «Текстиль-Ала-Тоо»",
        "2160",
        "Ткани для военной формы, первая партия",
        "480000.00",
        "Счёт № 77",
      ],
      [
        "2026-11-15",
        "Швейный цех «Кыргызфильма»",
        "2160",
        "Пошив гимнастёрок, аванс",
        "350000.00",
        "Акт № 9",
      ],
      [
        "2026-11-22",
        "Чуйская областная администрация",
        "2320",
        "Разрешение на съёмку в предгорьях",
        "60000.00",
        "Разр. № 114",
      ],
    ],
  },
];

/** Every amount above has two decimals, the minor unit of all five currencies. */
const toMinor = (amount: string) => BigInt(amount.replace(".", ""));

export const iskraActuals: DemoActual[] = books.flatMap((book) =>
  book.rows.map(([date, vendor, account, description, amount, reference]) => ({
    partner: book.partner,
    country: book.country,
    currency: book.currency,
    date,
    vendor,
    account,
    description,
    minor: toMinor(amount),
    reference,
  })),
);
