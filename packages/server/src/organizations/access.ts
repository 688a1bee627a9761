// Who may change a studio: its administrators. Shared by the organization and member routes.
import { z } from "@hono/zod-openapi";
import { forbidden } from "../http/errors.ts";
import { uuidParam } from "../http/validation.ts";

export const organizationParams = z.object({ organizationId: uuidParam("organizationId") });
export const tags = ["Organizations"];

export function assertAdmin(role: string) {
  if (role !== "admin") throw forbidden("only an administrator of the organization may do this");
}
