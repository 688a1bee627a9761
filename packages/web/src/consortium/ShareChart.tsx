// Each partner's agreed share beside the share of what it has actually delivered: two bars a partner, so a
// producer sees at once who is ahead of the deal and who is behind.
import type { ConsortiumPartner } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { CountryCode } from "../ui/badges.tsx";

export function ShareChart({ partners }: { partners: readonly ConsortiumPartner[] }) {
  const t = useT();
  return (
    <div className="share-chart" data-testid="share-chart">
      <div className="share-chart__legend">
        <span className="share-chart__key share-chart__key--agreed" /> {t("consortium.chart.agreed")}
        <span className="share-chart__key share-chart__key--delivered" /> {t("consortium.chart.delivered")}
      </div>
      {partners.map((partner) => {
        const agreed = Number(partner.share ?? 0);
        const delivered = partner.actualShare === null ? null : Number(partner.actualShare);
        return (
          <div className="share-chart__row" key={partner.organizationId}>
            <div className="share-chart__name">
              <CountryCode code={partner.country} /> {partner.name}
            </div>
            <div className="share-chart__bars">
              <div className="share-chart__track">
                <span className="share-chart__bar share-chart__bar--agreed" style={{ width: `${agreed}%` }} />
                <span className="share-chart__value">
                  {partner.share === null ? "—" : `${partner.share} %`}
                </span>
              </div>
              <div className="share-chart__track">
                <span
                  className="share-chart__bar share-chart__bar--delivered"
                  style={{ width: `${delivered ?? 0}%` }}
                />
                <span className="share-chart__value">
                  {partner.actualShare === null ? "—" : `${partner.actualShare} %`}
                  {partner.difference !== null && Number(partner.difference) !== 0 ? (
                    <span
                      className={
                        Number(partner.difference) < 0 ? "share-chart__behind" : "share-chart__ahead"
                      }
                    >
                      {" "}
                      ({Number(partner.difference) > 0 ? "+" : ""}
                      {partner.difference})
                    </span>
                  ) : null}
                </span>
              </div>
            </div>
          </div>
        );
      })}
    </div>
  );
}
