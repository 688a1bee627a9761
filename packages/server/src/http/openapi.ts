// Small builders for route definitions, so every route documents its body, its answers and its
// errors the same way in the OpenAPI document.
import { z } from "@hono/zod-openapi";

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "VALIDATION_FAILED" }),
      message: z.string(),
      fields: z
        .array(
          z.object({
            path: z.string(),
            message: z.string(),
            code: z.string().optional().openapi({ example: "too_small_string" }),
            params: z
              .record(z.string(), z.number())
              .optional()
              .openapi({ example: { minimum: 10 } }),
          }),
        )
        .optional(),
      current: z.unknown().optional(),
    }),
  })
  .openapi("Error");

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: errorSchema } },
});

export const errorResponses = {
  400: errorResponse("Invalid request: every bad field is named"),
  401: errorResponse("Not signed in"),
  403: errorResponse("Signed in, but the role does not allow this"),
  404: errorResponse("No such thing, or not visible to the caller"),
} as const;

export const conflictResponse = {
  409: errorResponse("Changed by someone else meanwhile: `current` holds its state"),
};
export const tooManyResponse = { 429: errorResponse("Too many attempts: wait and retry") };

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { required: true, content: { "application/json": { schema } } } } as const;
}

export function jsonResponse<T extends z.ZodType>(description: string, schema: T) {
  return { description, content: { "application/json": { schema } } } as const;
}

export const noContent = { description: "Done" } as const;

export const security: Record<string, string[]>[] = [{ session: [] }, { token: [] }];
