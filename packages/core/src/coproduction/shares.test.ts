import fc from "fast-check";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import type { CurrencyCode } from "../money/currency.ts";
import type { Money } from "../money/money.ts";
import { convertAtAgreedRate } from "./conversion.ts";
import {
  checkAgreedShares,
  computeActualShares,
  daysBetween,
  findLateInstalments,
  type LedgerContribution,
  type LedgerPartner,
} from "./shares.ts";

const RUB = "RUB" as CurrencyCode;
const KZT = "KZT" as CurrencyCode;
const JPY = "JPY" as CurrencyCode;
const money = (minor: bigint, currency: CurrencyCode = RUB): Money => ({ minor, currency });

function partner(id: string, share: string, contributions: LedgerContribution[] = []): LedgerPartner {
  return { id, share, contributions };
}

describe("checkAgreedShares", () => {
  it("accepts exact decimals that sum to 100", () => {
    const result = checkAgreedShares([
      { id: "ru", share: "33.3333" },
      { id: "by", share: "33.3333" },
      { id: "kz", share: "33.3334" },
    ]);
    expect(result).toEqual({
      ok: true,
      value: [
        { partnerId: "ru", share: "33.3333" },
        { partnerId: "by", share: "33.3333" },
        { partnerId: "kz", share: "33.3334" },
      ],
    });
  });

  it("says the sum when it is not exactly 100", () => {
    expect(
      checkAgreedShares([
        { id: "ru", share: "60" },
        { id: "by", share: "39.99" },
      ]),
    ).toEqual({
      ok: false,
      errors: [{ code: "SHARES_NOT_100", sum: "99.99" }],
    });
  });

  it("names the partner whose share is not a percentage", () => {
    const result = checkAgreedShares([
      { id: "ru", share: "40%" },
      { id: "by", share: "-5" },
      { id: "kz", share: "120" },
    ]);
    expect(result).toEqual({
      ok: false,
      errors: [
        { code: "BAD_SHARE", partnerId: "ru", text: "40%" },
        { code: "BAD_SHARE", partnerId: "by", text: "-5" },
        { code: "SHARE_ABOVE_100", partnerId: "kz", share: "120" },
      ],
    });
  });
});

describe("computeActualShares", () => {
  const rates = [{ currency: KZT, perUnit: "0.2", date: "2025-03-03" }];

  it("converts delivered cash and in-kind contributions and sets them against the agreed shares", () => {
    const result = computeActualShares(
      [
        partner("ru", "60", [
          {
            currency: RUB,
            instalments: [{ due: "2025-01-01", amount: money(600n), delivered: money(300n) }],
          },
        ]),
        partner("kz", "40", [
          {
            currency: KZT,
            fxDate: "2025-03-03",
            instalments: [{ due: "2025-01-01", amount: money(2000n, KZT), delivered: money(2000n, KZT) }],
          },
        ]),
      ],
      RUB,
      rates,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 300 kopecks against 2000 tiyn × 0.2 = 400 kopecks: 300/700 and 400/700.
    expect(result.value.partners.map((share) => [share.actual, share.difference])).toEqual([
      ["42.86", "-17.14"],
      ["57.14", "17.14"],
    ]);
    expect(result.value.delivered).toEqual(money(700n));
    expect(result.value.committed).toEqual(money(1000n));
  });

  it("shows no actual share before anything is delivered", () => {
    const result = computeActualShares([partner("ru", "100")], RUB, []);
    expect(result.ok && result.value.partners[0]?.actual).toBeNull();
  });

  it("refuses to convert without the rate of the agreed FX date", () => {
    const result = computeActualShares(
      [
        partner("kz", "100", [
          {
            currency: KZT,
            fxDate: "2025-04-01",
            instalments: [{ due: "2025-01-01", amount: money(5n, KZT) }],
          },
        ]),
      ],
      RUB,
      rates,
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ code: "MISSING_RATE", currency: "KZT", to: "RUB", date: "2025-04-01" }],
    });
  });

  it("splits any ledger's shares so they sum to exactly 100.00, each within 0.01 of its exact share", () => {
    const ledger = fc.array(
      fc.record({
        currency: fc.constantFrom(RUB, KZT, JPY),
        delivered: fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 7 },
    );
    const ratesAll = [
      { currency: KZT, perUnit: "0.173456" },
      { currency: JPY, perUnit: "0.61" },
    ];
    fc.assert(
      fc.property(ledger, (rows) => {
        const partners = rows.map((row, index) =>
          partner(`p${index}`, "0", [
            {
              currency: row.currency,
              instalments: row.delivered.map((minor) => ({
                due: "2025-01-01",
                amount: money(minor, row.currency),
                delivered: money(minor, row.currency),
              })),
            },
          ]),
        );
        const result = computeActualShares(partners, RUB, ratesAll);
        if (!result.ok) throw new Error("conversion failed");
        const total = result.value.delivered.minor;
        const shares = result.value.partners.map((share) => share.actual);
        if (total === 0n) return shares.every((share) => share === null);
        const sum = shares.reduce((acc, share) => acc.plus(share ?? "NaN"), new Decimal(0));
        expect(sum.toFixed(2)).toBe("100.00");
        result.value.partners.forEach((share) => {
          const exact = new Decimal(share.delivered.minor.toString()).times(100).dividedBy(total.toString());
          expect(
            exact
              .minus(share.actual ?? "NaN")
              .abs()
              .lessThan("0.01"),
          ).toBe(true);
        });
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe("convertAtAgreedRate", () => {
  it("rounds half away from zero into the target's minor unit", () => {
    // 1.00 RUB at 1.005 JPY a rouble is 1.005 yen: one yen. 150 kopecks: 1.5075 → 2 yen.
    const rates = [{ currency: RUB, perUnit: "1.005" }];
    expect(convertAtAgreedRate(money(100n), JPY, rates)).toMatchObject({
      ok: true,
      value: { minor: 1n, currency: "JPY" },
    });
    expect(convertAtAgreedRate(money(150n), JPY, rates)).toMatchObject({ ok: true, value: { minor: 2n } });
  });

  it("will not guess between several rates without a date", () => {
    const rates = [
      { currency: KZT, perUnit: "0.2", date: "2025-01-01" },
      { currency: KZT, perUnit: "0.19", date: "2025-02-01" },
    ];
    expect(convertAtAgreedRate(money(1n, KZT), RUB, rates)).toEqual({
      ok: false,
      error: { code: "AMBIGUOUS_RATE", currency: "KZT", to: "RUB" },
    });
  });
});

describe("findLateInstalments", () => {
  const ledger = [
    partner("ru", "100", [
      {
        currency: RUB,
        instalments: [
          { due: "2025-02-01", amount: money(100n), delivered: money(100n), deliveredOn: "2025-01-30" },
          { due: "2025-05-01", amount: money(100n), delivered: money(100n), deliveredOn: "2025-05-20" },
          { due: "2025-06-01", amount: money(100n), delivered: money(40n), deliveredOn: "2025-05-30" },
          { due: "2025-09-01", amount: money(100n) },
        ],
      },
    ]),
  ];

  it("flags unpaid instalments past due and instalments paid after their date", () => {
    const late = findLateInstalments(ledger, "2025-07-01");
    expect(late.map(({ instalment, status, daysLate }) => ({ instalment, status, daysLate }))).toEqual([
      { instalment: 1, status: "delivered-late", daysLate: 19 },
      { instalment: 2, status: "overdue", daysLate: 30 },
    ]);
  });

  it("does not call an instalment late on its due date", () => {
    expect(findLateInstalments(ledger, "2025-09-01").map((late) => late.instalment)).toEqual([1, 2]);
    expect(findLateInstalments(ledger, "2025-09-02").map((late) => late.instalment)).toEqual([1, 2, 3]);
  });

  it("counts days across a leap day", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });
});
