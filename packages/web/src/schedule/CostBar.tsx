// A cost split by term as one horizontal stacked bar in SVG, each term in its colour; several bars drawn against
// one scale compare boards (before and after an optimization).
import type { ScheduleCost } from "../api/types.ts";
import { amountValue, costTermColors, costTerms } from "./cost.ts";

export function CostBar({
  cost,
  scale,
  label,
  height = 14,
}: {
  cost: ScheduleCost;
  /** The amount the full width stands for; the bar's own total unless told. */
  scale?: number;
  /** What the bar shows, for screen readers. */
  label: string;
  height?: number;
}) {
  const full = scale ?? amountValue(cost.total);
  const widths = costTerms.map((term) => ({
    term,
    width: full > 0 ? (Math.max(0, amountValue(cost[term])) / full) * 100 : 0,
  }));
  const segments = widths
    .map((segment, index) => ({
      ...segment,
      x: widths.slice(0, index).reduce((sum, before) => sum + before.width, 0),
    }))
    .filter((segment) => segment.width > 0);
  return (
    <svg
      className="cost-bar"
      viewBox={`0 0 100 ${height}`}
      preserveAspectRatio="none"
      width="100%"
      height={height}
      role="img"
      aria-label={label}
      data-testid="cost-bar"
    >
      <rect x="0" y="0" width="100" height={height} className="cost-bar__track" />
      {segments.map((segment) => (
        <rect
          key={segment.term}
          x={segment.x}
          y="0"
          width={segment.width}
          height={height}
          fill={costTermColors[segment.term]}
          data-term={segment.term}
        />
      ))}
    </svg>
  );
}
