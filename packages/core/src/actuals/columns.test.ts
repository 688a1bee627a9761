import { describe, expect, it } from "vitest";
import { columnLetter, detectColumns } from "./columns.ts";

describe("detectColumns", () => {
  it("reads a Russian accountant's header", () => {
    expect(
      detectColumns([
        "№ документа",
        "Дата",
        "Контрагент",
        "Статья",
        "Назначение платежа",
        "Сумма, руб.",
        "Валюта",
        "Страна",
      ]),
    ).toEqual({
      reference: 0,
      date: 1,
      vendor: 2,
      account: 3,
      description: 4,
      amount: 5,
      currency: 6,
      country: 7,
    });
  });

  it("reads an English header in any case, with the paying partner", () => {
    expect(
      detectColumns([
        "DATE",
        "Supplier",
        "Account code",
        "Description",
        "Currency",
        "Amount",
        "Partner",
        "Country",
        "Ref",
      ]),
    ).toEqual({
      date: 0,
      vendor: 1,
      account: 2,
      description: 3,
      currency: 4,
      amount: 5,
      partner: 6,
      country: 7,
      reference: 8,
    });
  });

  it("prefers an exact name, gives each column to one field and leaves unknown columns out", () => {
    expect(detectColumns(["Дата документа", "Дата", "Поставщик", "Счёт", "Счёт-фактура", "НДС"])).toEqual({
      date: 1,
      vendor: 2,
      account: 3,
      reference: 4,
    });
    expect(detectColumns([])).toEqual({});
  });
});

describe("columnLetter", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("names column %i %s", (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});
