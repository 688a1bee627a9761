// Below the line, the shoot, continued: props, wardrobe, make-up, stunts and special effects, locations,
// transport, catering and lodging (codes 2300–2600).
import { account, category, crew, line, type TemplateCategory } from "./chart-data.ts";

const prepAndShoot = "PREPDAYS + SHOOTDAYS";

export const productionServices: readonly TemplateCategory[] = [
  category("2300", ["Реквизит", "Props"], "below", [
    crew(
      "2301",
      ["Реквизиторы", "Property crew"],
      [
        line(["Старший реквизитор", "Property master"], prepAndShoot, "day", "8000"),
        line(["Реквизиторы на площадке", "Props on set"], "SHOOTDAYS", "shift", "6000", { x: "2" }),
      ],
    ),
    account(
      "2302",
      ["Реквизит: покупка и аренда", "Props purchase & rental"],
      [line(["Реквизит", "Props"], "1", "allow", "1000000")],
    ),
    account(
      "2303",
      ["Игровой транспорт", "Picture vehicles"],
      [line(["Аренда игрового транспорта", "Picture vehicle rental"], "10", "day", "20000")],
    ),
  ]),
  category("2350", ["Костюм", "Wardrobe"], "below", [
    crew(
      "2351",
      ["Художник по костюмам", "Costume designer"],
      [line(["Художник по костюмам", "Costume designer"], prepAndShoot, "day", "15000")],
    ),
    crew(
      "2352",
      ["Костюмеры", "Costume crew"],
      [line(["Костюмеры на площадке", "Costumers on set"], "SHOOTDAYS", "shift", "6000", { x: "3" })],
    ),
    account(
      "2353",
      ["Костюмы: пошив, покупка и аренда", "Costumes: making, purchase & rental"],
      [line(["Костюмы", "Costumes"], "1", "allow", "2000000")],
    ),
    account(
      "2354",
      ["Стирка и химчистка", "Laundry & cleaning"],
      [line(["Стирка и химчистка", "Laundry and cleaning"], "SHOOTWEEKS", "week", "15000")],
    ),
  ]),
  category("2400", ["Грим", "Make-up & hair"], "below", [
    crew(
      "2401",
      ["Художник по гриму", "Make-up designer"],
      [line(["Художник по гриму", "Make-up designer"], "10 + SHOOTDAYS", "day", "12000")],
    ),
    crew(
      "2402",
      ["Гримёры и парикмахеры", "Make-up & hair crew"],
      [line(["Гримёры на площадке", "Make-up artists on set"], "SHOOTDAYS", "shift", "7000", { x: "3" })],
    ),
    account(
      "2403",
      ["Гримёрные материалы и пластический грим", "Make-up materials & prosthetics"],
      [line(["Материалы и пластический грим", "Materials and prosthetics"], "1", "allow", "500000")],
    ),
  ]),
  category("2450", ["Каскадёры и пиротехника", "Stunts, special effects & weapons"], "below", [
    crew(
      "2451",
      ["Постановщик трюков и каскадёры", "Stunt coordinator & performers"],
      [
        line(["Постановщик трюков", "Stunt coordinator"], "10", "day", "30000"),
        line(["Каскадёры", "Stunt performers"], "10", "shift", "20000", { x: "4" }),
      ],
    ),
    account(
      "2452",
      ["Пиротехника и спецэффекты на площадке", "Special effects on set"],
      [
        line(["Пиротехник", "Special effects technician"], "5", "shift", "25000"),
        line(["Материалы для спецэффектов", "Special effects materials"], "1", "allow", "500000"),
      ],
    ),
    account(
      "2453",
      ["Оружие и оружейник", "Weapons & armourer"],
      [line(["Оружейник с игровым оружием", "Armourer with weapons"], "5", "shift", "30000")],
    ),
  ]),
  category("2500", ["Локации", "Locations"], "below", [
    crew(
      "2501",
      ["Выбор и ведение объектов", "Location management"],
      [line(["Локейшн-менеджер", "Location manager"], prepAndShoot, "day", "9000")],
    ),
    account(
      "2502",
      ["Аренда объектов", "Location fees"],
      [line(["Аренда объектов", "Location fees"], "SHOOTDAYS", "day", "50000")],
    ),
    account(
      "2503",
      ["Разрешения и согласования", "Permits"],
      [line(["Разрешения на съёмку", "Filming permits"], "1", "allow", "300000")],
    ),
    account(
      "2504",
      ["Обслуживание объектов", "Location services"],
      [line(["Уборка, охрана, биотуалеты", "Cleaning, security, toilets"], "SHOOTDAYS", "shift", "15000")],
    ),
  ]),
  category("2550", ["Транспорт", "Transport"], "below", [
    account(
      "2551",
      ["Транспорт группы", "Crew transport"],
      [
        line(["Микроавтобусы с водителями", "Minibuses with drivers"], "SHOOTDAYS", "shift", "15000", {
          x: "4",
        }),
      ],
    ),
    account(
      "2552",
      ["Грузовой транспорт цехов", "Department trucks"],
      [
        line(
          ["Грузовики света, камеры и костюма", "Lighting, camera and wardrobe trucks"],
          "SHOOTDAYS",
          "shift",
          "20000",
          {
            x: "3",
          },
        ),
      ],
    ),
    account(
      "2553",
      ["Актёрский транспорт", "Cast cars"],
      [
        line(["Легковые автомобили с водителями", "Cars with drivers"], "SHOOTDAYS", "shift", "10000", {
          x: "2",
        }),
      ],
    ),
    account(
      "2554",
      ["Переезды и перелёты", "Travel"],
      [line(["Авиа- и железнодорожные билеты", "Air and rail tickets"], "40", "each", "25000")],
    ),
    account("2555", ["Топливо", "Fuel"], [line(["Топливо", "Fuel"], "1", "allow", "800000")]),
  ]),
  category("2600", ["Проживание и питание", "Catering & lodging"], "below", [
    account(
      "2601",
      ["Питание группы", "Catering"],
      [
        line(
          ["Питание на площадке, человек в смену", "Catering, people a shift"],
          "SHOOTDAYS",
          "shift",
          "1500",
          {
            x: "80",
          },
        ),
      ],
    ),
    account(
      "2602",
      ["Проживание", "Lodging"],
      [
        line(["Гостиница в экспедиции, номеров", "Hotel on location, rooms"], "SHOOTDAYS", "day", "5000", {
          x: "30",
        }),
      ],
    ),
    account(
      "2603",
      ["Суточные", "Per diems"],
      [line(["Суточные в экспедиции", "Per diems on location"], "SHOOTDAYS", "day", "1000", { x: "30" })],
    ),
  ]),
];
