// Sunrise and sunset at a location on a date, on the location's wall clock — what a call sheet prints and what
// «режим» (the twilight window) is planned around. Reads no clock: the date and the place are given.
//
// SunCalc 1.9's rise and set come from an approximate solar transit that runs 1–1.5 minutes late against the NOAA
// solar calculator (mourner/suncalc#164, fixed in SunCalc 2). Each time is therefore polished with Newton steps on
// SunCalc's own sun altitude, which brings it within about 15 seconds of NOAA. With SunCalc 2 the polish is a no-op.
import SunCalc from "suncalc";
import { formatZonedTime, zonedInstant } from "./time-zone.ts";

/** The sun's centre 50′ below the horizon: refraction plus the sun's radius, when its top edge shows. */
const horizon = (-0.833 * Math.PI) / 180;
const minute = 60_000;

export interface SunPlace {
  /** WGS 84 degrees. */
  readonly latitude: number;
  readonly longitude: number;
  /** IANA zone the times are given in. */
  readonly timeZone: string;
}

export interface SunTimes {
  /** "HH:MM" on the location's clock; null when the sun does not rise or set that day. */
  readonly sunrise: string | null;
  readonly sunset: string | null;
  /** When the sun neither rises nor sets: "light" in a polar day, "dark" in a polar night. */
  readonly allDay: "light" | "dark" | null;
}

export interface SunInstants {
  /** Milliseconds since 1970 UTC; null when the sun does not cross the horizon that day. */
  readonly sunrise: number | null;
  readonly sunset: number | null;
  readonly allDay: "light" | "dark" | null;
}

const altitudeAbove = (instant: number, place: SunPlace) =>
  SunCalc.getPosition(new Date(instant), place.latitude, place.longitude).altitude - horizon;

/** Moves an approximate rise or set onto the moment the sun's altitude crosses the horizon. */
function polish(approximate: number, place: SunPlace): number {
  let time = approximate;
  for (let step = 0; step < 4; step += 1) {
    const error = altitudeAbove(time, place);
    const slope = (altitudeAbove(time + minute, place) - error) / minute;
    if (slope === 0 || !Number.isFinite(slope)) break;
    const next = time - error / slope;
    // Near a polar day's edge the altitude barely changes: trust the first estimate rather than wander off.
    if (Math.abs(next - approximate) > 10 * minute) return approximate;
    if (Math.abs(next - time) < 500) return next;
    time = next;
  }
  return time;
}

/** The instants of sunrise and sunset on the local `date` ("YYYY-MM-DD") at the place. */
export function sunInstants(place: SunPlace, date: string): SunInstants {
  const noon = zonedInstant(date, "12:00", place.timeZone);
  const times = SunCalc.getTimes(new Date(noon), place.latitude, place.longitude);
  const rise = times.sunrise.getTime();
  const set = times.sunset.getTime();
  if (Number.isNaN(rise) || Number.isNaN(set)) {
    const high = altitudeAbove(times.solarNoon.getTime(), place) > 0;
    return { sunrise: null, sunset: null, allDay: high ? "light" : "dark" };
  }
  return { sunrise: polish(rise, place), sunset: polish(set, place), allDay: null };
}

/** Sunrise and sunset on the local `date` at the place, as "HH:MM" on its clock. */
export function sunTimes(place: SunPlace, date: string): SunTimes {
  const instants = sunInstants(place, date);
  const local = (instant: number | null) =>
    instant === null ? null : formatZonedTime(instant, place.timeZone);
  return { sunrise: local(instants.sunrise), sunset: local(instants.sunset), allDay: instants.allDay };
}
