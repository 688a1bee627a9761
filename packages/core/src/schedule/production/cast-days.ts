// A cast member's days from the days they work: work (W), hold (H), travel (TR) and drops (D … PW). One
// function for the search (doubles) and for evaluate.ts (exact money), so the two cannot disagree.
//
// Between two work days a < b of one person:
// - the paid idle days are the working days strictly between them that are not a public holiday in the
//   country of day a (company days off are never H);
// - when drops are allowed and the gap (b − a − 1 calendar days) is at least minDropGapDays and long enough
//   for the travel home and back, the person is dropped if that is cheaper than holding: a drop costs the
//   travel days home (if day a is abroad) and back (if day b is abroad), a hold costs the idle days;
//   a person who may not be held is always dropped where a drop is possible;
// - a hold that is needed but not allowed is counted in `badHolds` (a violation).
// Each stint starts and ends with travel days when its first or last work day is outside the home country.
// Travel between two countries within a stint is not counted (the company's border crossing is).
import type { Model } from "./model.ts";

export interface CastDayCounts {
  work: number;
  hold: number;
  travel: number;
  drops: number;
  badHolds: number;
}

export function emptyCastDayCounts(): CastDayCounts {
  return { work: 0, hold: 0, travel: 0, drops: 0, badHolds: 0 };
}

/**
 * Counts the days of cast member c working on `days[0 … count)` (sorted day indexes, distinct), in the
 * countries `countries[i]`. Writes into `out` and returns it.
 */
export function countCastDays(
  m: Model,
  c: number,
  days: ArrayLike<number>,
  countries: ArrayLike<number>,
  count: number,
  out: CastDayCounts,
): CastDayCounts {
  out.work = count;
  out.hold = 0;
  out.travel = 0;
  out.drops = 0;
  out.badHolds = 0;
  if (count === 0) return out;
  const home = m.castHome[c] ?? -1;
  const travel = m.travelDays[c] ?? 0;
  const allowHold = m.allowHold[c] === 1;
  const allowDrop = m.allowDrop[c] === 1;
  const minGap = m.minDropGap[c] ?? 0;
  out.travel =
    ((countries[0] ?? home) !== home ? travel : 0) + ((countries[count - 1] ?? home) !== home ? travel : 0);
  for (let i = 1; i < count; i++) {
    const a = days[i - 1] ?? 0;
    const b = days[i] ?? 0;
    if (b <= a + 1) continue;
    const ca = countries[i - 1] ?? home;
    const paid = m.paidBefore[ca];
    const hold = paid === undefined ? 0 : (paid[b] ?? 0) - (paid[a + 1] ?? 0);
    if (hold === 0) continue;
    const away = (ca !== home ? travel : 0) + ((countries[i] ?? home) !== home ? travel : 0);
    const canDrop = allowDrop && b - a - 1 >= Math.max(minGap, away);
    if (canDrop && (!allowHold || away < hold)) {
      out.drops++;
      out.travel += away;
    } else {
      out.hold += hold;
      if (!allowHold) out.badHolds++;
    }
  }
  return out;
}
