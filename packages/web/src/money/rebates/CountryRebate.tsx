// One country's rebate: its qualifying spend, the rebate the pack gives it, the pack itself and each threshold (tier)
// with what it asks and what the project still lacks — more spend (a bar towards the threshold), shooting days, local
// crew, another kind of project, or a fact the budget does not say.
import { countryName } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import type { MessageKey } from "../../i18n/messages.ru.ts";
import type { RebateCountry, ReportMoney } from "../types.ts";
import { formatAmount, formatDay, formatPercent, shareOf } from "../format.ts";
import { useRequirementText, useShortfallText } from "./requirements.ts";

type Tier = RebateCountry["tiers"][number];

export function CountryRebate({ country, currency }: { country: RebateCountry; currency: string }) {
  const t = useT();
  const { locale } = useLocale();
  const money = (value: ReportMoney) => formatAmount(value.amount, value.currency, locale);
  const pack = country.pack;
  const inPackCurrency = country.qualifyingInPackCurrency;
  return (
    <section
      className="panel money-rebate"
      aria-labelledby={`rebate-${country.country}`}
      data-country={country.country}
    >
      <header className="panel__header">
        <h2 className="panel__title" id={`rebate-${country.country}`}>
          {countryName(country.country, locale)} <span className="panel__meta">{country.country}</span>
        </h2>
        <div className="money-rebate__amount">
          {country.percent === null ? (
            <span className="muted">{t("money.rebates.noRebate")}</span>
          ) : (
            <>
              <span className="money-rebate__percent">{formatPercent(country.percent, locale)}</span>{" "}
              <strong>{money(country.rebate)}</strong>
              {country.rebateInCurrency && country.rebateInCurrency.currency !== country.rebate.currency ? (
                <span className="muted"> ≈ {money(country.rebateInCurrency)}</span>
              ) : null}
            </>
          )}
        </div>
      </header>
      <div className="panel__body">
        <dl className="money-facts">
          <dt>{t("money.rebates.qualifying")}</dt>
          <dd>
            {country.qualifying ? money(country.qualifying) : "—"}
            {inPackCurrency.currency !== currency ? (
              <span className="muted"> · {money(inPackCurrency)}</span>
            ) : null}
          </dd>
          {pack ? (
            <>
              <dt>{t("money.rebates.pack")}</dt>
              <dd>
                {pack.name}{" "}
                <span className={`badge money-pack--${pack.status}`}>
                  {t(`money.rebates.status.${pack.status}`)}
                </span>
              </dd>
              <dt>{t("money.rebates.validity")}</dt>
              <dd>
                {pack.validUntil
                  ? t("money.rebates.validRange", {
                      from: formatDay(pack.validFrom, locale),
                      until: formatDay(pack.validUntil, locale),
                    })
                  : t("money.rebates.validFrom", { from: formatDay(pack.validFrom, locale) })}
                {pack.cap ? ` · ${t("money.rebates.cap", { cap: money(pack.cap) })}` : ""}
                {pack.upToPercent
                  ? ` · ${t("money.rebates.upTo", { percent: formatPercent(pack.upToPercent, locale) })}`
                  : ""}
              </dd>
              <dt>{t("money.rebates.sources")}</dt>
              <dd>
                <ul className="money-sources">
                  {pack.sources.map((source) => (
                    <li key={source}>
                      {/^https?:\/\//u.test(source) ? (
                        <a href={source} target="_blank" rel="noreferrer">
                          {new URL(source).hostname}
                        </a>
                      ) : (
                        source
                      )}
                    </li>
                  ))}
                </ul>
                {pack.notes ? <div className="muted small">{pack.notes}</div> : null}
              </dd>
            </>
          ) : (
            <>
              <dt>{t("money.rebates.pack")}</dt>
              <dd className="muted">{t("money.rebates.noPack")}</dd>
            </>
          )}
        </dl>
        {country.capped ? <p className="small">{t("money.rebates.capped")}</p> : null}
        {country.tiers.length > 0 ? (
          <ol className="money-tiers">
            {country.tiers.map((tier, index) => (
              <TierRow key={index} tier={tier} qualifying={inPackCurrency} />
            ))}
          </ol>
        ) : null}
        {country.problems.map((problem) => (
          <p key={problem.code} className="small money-negative">
            {problem.message}
          </p>
        ))}
      </div>
    </section>
  );
}

function TierRow({ tier, qualifying }: { tier: Tier; qualifying: ReportMoney }) {
  const t = useT();
  const { locale } = useLocale();
  const requirement = useRequirementText(qualifying.currency);
  const shortfall = useShortfallText();
  const spendMissing = tier.missing?.find((entry) => entry.kind === "spend");
  const needsSpend = tier.requires.some((entry) => entry.kind === "spend");
  let progress: number | null = null;
  if (tier.reached && needsSpend) progress = 100;
  else if (spendMissing?.kind === "spend" && spendMissing.missing.currency === qualifying.currency) {
    const threshold = (BigInt(qualifying.minor) + BigInt(spendMissing.missing.minor)).toString();
    progress = shareOf(qualifying.minor, threshold);
  } else if (needsSpend && tier.missing && !spendMissing) progress = 100;
  const state: MessageKey = tier.reached
    ? "money.rebates.tier.reached"
    : tier.missing === null
      ? "money.rebates.tier.closed"
      : "money.rebates.tier.missing";
  return (
    <li
      className={`money-tier money-tier--${tier.reached ? "reached" : tier.missing === null ? "closed" : "open"}`}
    >
      <div className="money-tier__head">
        <span className="money-tier__percent">{formatPercent(tier.percent, locale)}</span>
        <span className="money-tier__requires">{tier.requires.map(requirement).join("; ")}</span>
        <span className="money-tier__state">{t(state)}</span>
      </div>
      {progress !== null ? (
        <div
          className="money-progress"
          role="meter"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress}
        >
          <span className="money-progress__bar" style={{ width: `${progress}%` }} />
          <span className="money-progress__label">{formatPercent(progress.toFixed(1), locale)}</span>
        </div>
      ) : null}
      {tier.missing && tier.missing.length > 0 ? (
        <ul className="money-tier__missing">
          {tier.missing.map((entry, index) => (
            <li key={index}>{shortfall(entry)}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
