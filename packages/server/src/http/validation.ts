// Request validation: every body and query is a strict zod schema (unknown fields are errors),
// and every failure becomes one 400 that names each bad field.
import type { Hook } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ApiError, type FieldError } from "./errors.ts";

export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...issue.path, key].join("."),
        message: "unknown field",
        code: "unknown_field",
      }));
    }
    return [{ path: issue.path.join(".") || "(body)", message: issue.message, ...describeIssue(issue) }];
  });
}

/** The stable code and numbers of an issue, so that an interface can say it in its own language. */
function describeIssue(issue: z.core.$ZodIssue): Pick<FieldError, "code" | "params"> {
  switch (issue.code) {
    case "invalid_type":
      return { code: issue.input === undefined ? "required" : "invalid_type" };
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string" && minimum === 1) return { code: "required" };
      return { code: `too_small_${issue.origin === "string" ? "string" : "number"}`, params: { minimum } };
    }
    case "too_big":
      return {
        code: `too_big_${issue.origin === "string" ? "string" : "number"}`,
        params: { maximum: Number(issue.maximum) },
      };
    case "invalid_format":
      return { code: issue.format === "email" ? "email" : "invalid_format" };
    case "custom":
      return { code: typeof issue.params?.code === "string" ? issue.params.code : "invalid" };
    default:
      return { code: "invalid" };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (!result.success) {
    const fields = toFieldErrors(result.error.issues);
    throw new ApiError(
      400,
      "VALIDATION_FAILED",
      `invalid ${result.target}: ${fields.map((f) => f.path).join(", ")}`,
      {
        fields,
      },
    );
  }
};

// Names, titles and other one-line texts: trimmed, no control characters and no markup.
// SQL in a text is only text: every query is parameterized, so it is stored and shown as written.
const markup = /<\s*[a-z!/?]/i;
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f]/;

export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !controlCharacters.test(text), {
      message: "must not contain control characters",
      params: { code: "control_characters" },
    })
    .refine((text) => !markup.test(text), {
      message: "must not contain markup (<…>)",
      params: { code: "markup" },
    });

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email("must be an e-mail address"))
  .openapi({ example: "producer@iskra.demo" });

export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?$/, "must be a language tag such as ru, en, kk or uz-Cyrl");

/** Text in several languages: {"ru": "Искра", "en": "Iskra"}; at least one. */
export const localizedText = (max: number) =>
  z
    .record(languageTag, plainText(max))
    .refine((value) => Object.keys(value).length > 0, "must have a text in at least one language")
    .refine((value) => Object.keys(value).length <= 12, "at most 12 languages")
    .openapi({ example: { ru: "Искра", en: "Iskra" } });

export const languageList = z.array(languageTag).min(1).max(12);

export const uuidParam = (name: string) =>
  z
    .uuid(`${name} must be an id`)
    .openapi({ param: { name, in: "path" }, example: "0b6a3c1e-7d44-4c2a-9f35-1c6a1e2f9a10" });

export const versionField = z
  .number()
  .int()
  .positive()
  .openapi({ description: "The version the change is based on" });
