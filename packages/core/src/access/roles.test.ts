import { describe, expect, it } from "vitest";
import { canPerform, projectRoles } from "./roles.ts";

describe("canPerform", () => {
  it("lets every role read the project", () => {
    for (const role of projectRoles) expect(canPerform(role, "project.read", false)).toBe(true);
  });

  it("lets only producers and line producers edit the project", () => {
    const editors = projectRoles.filter((role) => canPerform(role, "project.update", false));
    expect(editors).toEqual(["producer", "line_producer"]);
  });

  it("lets only a producer of the lead organization invite partners", () => {
    expect(canPerform("producer", "project.partners.invite", true)).toBe(true);
    expect(canPerform("producer", "project.partners.invite", false)).toBe(false);
    expect(canPerform("line_producer", "project.partners.invite", true)).toBe(false);
  });

  it("lets every role read the shooting schedule and producers, line producers and second directors edit it", () => {
    for (const role of projectRoles) expect(canPerform(role, "schedule.read", false)).toBe(true);
    const editors = projectRoles.filter((role) => canPerform(role, "schedule.edit", false));
    expect(editors).toEqual(["producer", "line_producer", "assistant_director"]);
  });
});
