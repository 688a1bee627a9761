// Where the best cost found stands between the board's cost and the lower bound: the bar shrinks towards the
// bound as the search improves; the hatched part below the bound is what no schedule can reach.
import { useT } from "../i18n/locale.tsx";
import { amountValue } from "./cost.ts";

export function BoundGauge({
  before,
  best,
  lowerBound,
}: {
  before: string;
  best: string;
  lowerBound: string;
}) {
  const t = useT();
  const full = Math.max(amountValue(before), amountValue(best), 1);
  const width = (amount: string) => Math.min(100, Math.max(0, (amountValue(amount) / full) * 100));
  return (
    <svg
      className="bound-gauge"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      width="100%"
      height="10"
      role="img"
      aria-label={t("schedule.run.gauge")}
    >
      <defs>
        <pattern
          id="bound-hatch"
          width="2"
          height="2"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="1" height="2" fill="#c9ced6" />
        </pattern>
      </defs>
      <rect x="0" y="0" width="100" height="10" fill="#eef0f4" />
      <rect x="0" y="0" width={width(best)} height="10" fill="#3b5bdb" />
      <rect x="0" y="0" width={width(lowerBound)} height="10" fill="url(#bound-hatch)" opacity="0.9" />
      <rect x={width(lowerBound)} y="0" width="0.4" height="10" fill="#1d2433" />
    </svg>
  );
}
