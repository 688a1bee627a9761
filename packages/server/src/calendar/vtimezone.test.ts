import { describe, expect, it } from "vitest";
import { vtimezone } from "./vtimezone.ts";

describe("vtimezone", () => {
  it("describes a zone without daylight saving by its one offset", () => {
    expect(vtimezone("Asia/Tashkent", 2027, 2027).split("\r\n")).toEqual([
      "BEGIN:VTIMEZONE",
      "TZID:Asia/Tashkent",
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      "TZOFFSETFROM:+0500",
      "TZOFFSETTO:+0500",
      "END:STANDARD",
      "END:VTIMEZONE",
    ]);
  });

  it("gives each change of a daylight-saving zone at its local time, with the offsets before and after", () => {
    const text = vtimezone("Europe/London", 2027, 2027);
    // British Summer Time in 2027: from 01:00 GMT on 28 March to 01:00 GMT on 31 October.
    expect(text).toContain(
      "BEGIN:DAYLIGHT\r\nDTSTART:20270328T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT",
    );
    expect(text).toContain(
      "BEGIN:STANDARD\r\nDTSTART:20271031T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD",
    );
  });

  it("keeps a zone's permanent change: Kazakhstan moved to UTC+5 on 1 March 2024", () => {
    const text = vtimezone("Asia/Almaty", 2024, 2024);
    expect(text).toContain("DTSTART:20240301T000000\r\nTZOFFSETFROM:+0600\r\nTZOFFSETTO:+0500");
  });
});
