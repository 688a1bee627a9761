// The words of a call sheet in each language it is printed in. A language is one more entry in the phrasebook;
// a recipient whose language has none yet (Kazakh, Belarusian, Tajik, Uzbek …) reads the Russian sheet, the
// working language of CIS co-productions. Names, addresses and notes stay as people wrote them.

export const callSheetLanguages = ["ru", "en"] as const;
export type CallSheetLanguage = (typeof callSheetLanguages)[number];

export interface CallSheetPhrases {
  readonly title: string;
  /** {day} and {days}. */
  readonly dayOf: string;
  readonly unit: string;
  readonly shift: { readonly day: string; readonly night: string };
  readonly crewCall: string;
  readonly shootingCall: string;
  readonly estimatedWrap: string;
  readonly weather: string;
  readonly sunrise: string;
  readonly sunset: string;
  readonly polarDay: string;
  readonly polarNight: string;
  readonly timeZone: string;
  readonly locations: string;
  readonly address: string;
  readonly map: string;
  readonly parking: string;
  readonly basecamp: string;
  readonly hospital: string;
  readonly keyContacts: string;
  readonly scenes: string;
  readonly scene: string;
  readonly heading: string;
  readonly castNumbers: string;
  readonly pages: string;
  readonly synopsis: string;
  readonly total: string;
  readonly cast: string;
  readonly boardNumber: string;
  readonly character: string;
  readonly actor: string;
  readonly status: string;
  readonly pickup: string;
  readonly makeup: string;
  readonly onSet: string;
  readonly requirements: string;
  readonly category: string;
  readonly item: string;
  readonly note: string;
  readonly count: string;
  readonly call: string;
  readonly crewCalls: string;
  readonly department: string;
  readonly people: string;
  readonly advance: string;
  readonly notes: string;
  /** {page} and {pages}. */
  readonly page: string;
  readonly noScenes: string;
  readonly statusLegend: string;
  /** Names of the usual departments by their key; a department named otherwise is printed as written. */
  readonly departments: Readonly<Record<string, string>>;
}

const ru: CallSheetPhrases = {
  title: "Вызывной лист",
  dayOf: "Смена {day} из {days}",
  unit: "Группа",
  shift: { day: "дневная смена", night: "ночная смена" },
  crewCall: "Общий сбор",
  shootingCall: "Начало съёмки",
  estimatedWrap: "Окончание смены",
  weather: "Погода",
  sunrise: "Восход",
  sunset: "Закат",
  polarDay: "полярный день",
  polarNight: "полярная ночь",
  timeZone: "Часовой пояс",
  locations: "Объекты",
  address: "Адрес",
  map: "Карта",
  parking: "Стоянка транспорта",
  basecamp: "Базовый лагерь",
  hospital: "Ближайшая больница",
  keyContacts: "Контакты",
  scenes: "Сцены",
  scene: "Сц.",
  heading: "Объект / режим",
  castNumbers: "Актёры",
  pages: "Стр.",
  synopsis: "Содержание",
  total: "Итого",
  cast: "Актёры",
  boardNumber: "№",
  character: "Роль",
  actor: "Исполнитель",
  status: "DOOD",
  pickup: "Выезд",
  makeup: "Грим",
  onSet: "На площадке",
  requirements: "Массовка и особые требования",
  category: "Категория",
  item: "Что нужно",
  note: "Примечание",
  count: "Кол-во",
  call: "Явка",
  crewCalls: "Вызов по цехам",
  department: "Цех",
  people: "Состав",
  advance: "Предварительный план",
  notes: "Примечания и техника безопасности",
  page: "Стр. {page} из {pages}",
  noScenes: "На эту смену сцен нет",
  statusLegend: "SW — первый съёмочный день, W — работа, WF — последний день, SWF — единственный день",
  departments: {
    production: "Дирекция",
    directing: "Режиссёрская группа",
    camera: "Операторский цех",
    lighting: "Осветительный цех",
    grip: "Операторская техника",
    sound: "Звуковой цех",
    art: "Художественный цех",
    props: "Реквизиторский цех",
    costume: "Костюмерный цех",
    makeup: "Гримёрный цех",
    stunts: "Каскадёры",
    sfx: "Пиротехника и спецэффекты",
    transport: "Транспортный цех",
    locations: "Объектная группа",
    catering: "Питание",
    medical: "Медицинская служба",
    security: "Охрана",
  },
};

const en: CallSheetPhrases = {
  title: "Call sheet",
  dayOf: "Shooting day {day} of {days}",
  unit: "Unit",
  shift: { day: "day shift", night: "night shift" },
  crewCall: "Crew call",
  shootingCall: "Shooting call",
  estimatedWrap: "Estimated wrap",
  weather: "Weather",
  sunrise: "Sunrise",
  sunset: "Sunset",
  polarDay: "polar day",
  polarNight: "polar night",
  timeZone: "Time zone",
  locations: "Locations",
  address: "Address",
  map: "Map",
  parking: "Parking",
  basecamp: "Basecamp",
  hospital: "Nearest hospital",
  keyContacts: "Key contacts",
  scenes: "Scenes",
  scene: "Sc.",
  heading: "Set / time",
  castNumbers: "Cast",
  pages: "Pages",
  synopsis: "Synopsis",
  total: "Total",
  cast: "Cast",
  boardNumber: "#",
  character: "Character",
  actor: "Actor",
  status: "DOOD",
  pickup: "Pickup",
  makeup: "Makeup",
  onSet: "On set",
  requirements: "Background and special requirements",
  category: "Category",
  item: "Item",
  note: "Note",
  count: "Count",
  call: "Call",
  crewCalls: "Crew calls by department",
  department: "Department",
  people: "Crew",
  advance: "Advance schedule",
  notes: "Notes and safety",
  page: "Page {page} of {pages}",
  noScenes: "No scenes on this day",
  statusLegend: "SW start work, W work, WF work finish, SWF start-work-finish",
  departments: {
    production: "Production",
    directing: "Directing",
    camera: "Camera",
    lighting: "Lighting",
    grip: "Grip",
    sound: "Sound",
    art: "Art department",
    props: "Props",
    costume: "Costume",
    makeup: "Makeup and hair",
    stunts: "Stunts",
    sfx: "Special effects",
    transport: "Transport",
    locations: "Locations",
    catering: "Catering",
    medical: "Medical",
    security: "Security",
  },
};

export const callSheetPhrasebook: Readonly<Record<CallSheetLanguage, CallSheetPhrases>> = { ru, en };

/** The phrasebook language a recipient's BCP 47 tag reads in: its own when there is one, Russian otherwise. */
export function callSheetLanguage(tag: string | null | undefined): CallSheetLanguage {
  const base = (tag ?? "").toLowerCase().split("-")[0] ?? "";
  return (callSheetLanguages as readonly string[]).includes(base) ? (base as CallSheetLanguage) : "ru";
}

/** "Смена 3 из 40", "Page 2 of 3": a phrase with its {placeholders} filled. */
export function fillPhrase(phrase: string, values: Readonly<Record<string, string | number>>): string {
  return phrase.replace(/\{(\w+)\}/gu, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A department's name in the language, or the name as written for one the phrasebook does not know. */
export function departmentName(department: string, language: CallSheetLanguage): string {
  return callSheetPhrasebook[language].departments[department.toLowerCase()] ?? department;
}

/** «понедельник, 1 марта 2027 г.», "Monday, 1 March 2027". */
export function formatCallSheetDate(date: string, language: CallSheetLanguage): string {
  const [year, month, day] = date.split("-").map(Number);
  const instant = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "ru-RU", {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(instant));
}
