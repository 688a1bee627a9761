import { describe, expect, it } from "vitest";
import { sunInstants, sunTimes } from "./sun.ts";
import { zonedInstant } from "./time-zone.ts";

// Reference times from the NOAA solar calculator's algorithm (gml.noaa.gov/grad/solcalc), to the second; published
// almanacs (timeanddate.com) give the same minutes: Moscow 03:44 and 21:18 on the longest day of 2024.
const references = [
  {
    place: { latitude: 55.7558, longitude: 37.6173, timeZone: "Europe/Moscow" },
    date: "2024-06-21",
    sunrise: "03:44:36",
    sunset: "21:18:13",
  },
  {
    place: { latitude: 51.5072, longitude: -0.1276, timeZone: "Europe/London" },
    date: "2024-06-20",
    sunrise: "04:42:58",
    sunset: "21:21:28",
  },
  {
    place: { latitude: 51.5072, longitude: -0.1276, timeZone: "Europe/London" },
    date: "2024-12-21",
    sunrise: "08:04:00",
    sunset: "15:53:39",
  },
  {
    place: { latitude: 40.7128, longitude: -74.006, timeZone: "America/New_York" },
    date: "2024-06-20",
    sunrise: "05:24:54",
    sunset: "20:30:39",
  },
];

describe("sunInstants", () => {
  it.each(references)("is within a minute of NOAA at $place.timeZone on $date", (reference) => {
    const times = sunInstants(reference.place, reference.date);
    const at = (clock: string) =>
      zonedInstant(reference.date, clock.slice(0, 5), reference.place.timeZone) +
      Number(clock.slice(6)) * 1000;
    expect(Math.abs(times.sunrise! - at(reference.sunrise))).toBeLessThan(60_000);
    expect(Math.abs(times.sunset! - at(reference.sunset))).toBeLessThan(60_000);
  });

  it("says when the sun neither rises nor sets: a polar day in Murmansk, a polar night in December", () => {
    const murmansk = { latitude: 68.97, longitude: 33.07, timeZone: "Europe/Moscow" };
    expect(sunTimes(murmansk, "2027-06-21")).toEqual({ sunrise: null, sunset: null, allDay: "light" });
    expect(sunTimes(murmansk, "2027-12-21")).toEqual({ sunrise: null, sunset: null, allDay: "dark" });
  });
});

describe("sunTimes", () => {
  it("gives the location's wall clock, whatever zone the server runs in", () => {
    // Almaty in spring 2027: UTC+5 (Kazakhstan's single zone since March 2024).
    const almaty = sunTimes({ latitude: 43.2389, longitude: 76.8897, timeZone: "Asia/Almaty" }, "2027-04-12");
    expect(almaty.allDay).toBeNull();
    expect(almaty.sunrise).toMatch(/^05:[0-5]\d$/u);
    expect(almaty.sunset).toMatch(/^18:[0-5]\d$/u);
    // The same instant is two hours earlier on Moscow's clock.
    const moscow = sunTimes(
      { latitude: 43.2389, longitude: 76.8897, timeZone: "Europe/Moscow" },
      "2027-04-12",
    );
    const hour = (time: string | null) => Number(time!.slice(0, 2));
    expect(hour(almaty.sunrise) - hour(moscow.sunrise)).toBe(2);
  });
});
