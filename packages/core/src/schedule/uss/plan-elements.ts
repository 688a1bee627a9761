// The elements a USS import brings into a project: those of the scenes it matched, each found among the project's
// elements (by id, else by category and name) or planned as new — cast with the file's board number when it is
// free, else the next one — with the custom categories they need and their links. Existing elements are left as
// they are. Pure planning; the server writes it.
import { isStandardCategoryKey } from "../../breakdown/categories.ts";
import { nextBoardId, validateElementLinks } from "../../breakdown/elements.ts";
import type { UssError } from "./document.ts";
import type { InterchangeScene, ScheduleInterchange } from "./model.ts";
import type { UssLocations } from "./to-model.ts";

export interface UssProjectElement {
  readonly id: string;
  readonly category: string;
  readonly name: string;
  readonly boardId: string | null;
}

export interface UssPlannedElement {
  /** The id, in the file, of the first element this entry stands for: tags and links name it. */
  readonly ref: string;
  readonly path: string;
  readonly category: string;
  readonly name: string;
  /** The project's element it is; null for a new one. */
  readonly existingId: string | null;
  readonly boardId: string | null;
  readonly allowHold: boolean;
  readonly allowDropPickup: boolean;
  readonly minDropGapDays: number;
}

// As the API takes names and board ids: one line, no markup, bounded.
// eslint-disable-next-line no-control-regex -- control characters are what is taken out
const controlCharacters = /[\u0000-\u001f\u007f]+/gu;
const markup = /<\s*[a-z!/?]/iu;
const longestName = 300;
const longestCategoryName = 100;
const longestBoardId = 20;
const longestDropGap = 365;

function cleanText(text: string): string {
  return text.replace(controlCharacters, " ").replace(/\s+/gu, " ").trim();
}

function textProblem(text: string, longest: number): string | null {
  if (text === "") return "empty";
  if (text.length > longest) return `longer than ${longest} characters`;
  return markup.test(text) ? "must not contain markup (<…>)" : null;
}

export function planElements(
  model: ScheduleInterchange,
  locate: UssLocations,
  scenes: readonly InterchangeScene[],
  project: { readonly elements: readonly UssProjectElement[]; readonly categoryKeys: readonly string[] },
) {
  const errors: UssError[] = [];
  const fileElements = new Map(model.elements.map((element) => [element.id, element]));
  const categories = new Map(model.categories.map((category) => [category.id, category]));
  const used = [...new Set(scenes.flatMap((scene) => scene.elementIds))].filter((id) => fileElements.has(id));

  const projectById = new Map(project.elements.map((element) => [element.id, element]));
  const exact = new Map(project.elements.map((element) => [`${element.category}\n${element.name}`, element]));
  const folded = new Map(
    project.elements.map((element) => [`${element.category}\n${element.name.toLocaleLowerCase()}`, element]),
  );
  const castIds: (string | null)[] = project.elements
    .filter((element) => element.category === "cast")
    .map((element) => element.boardId);
  const knownCategories = new Set(project.categoryKeys);

  const planned: UssPlannedElement[] = [];
  const refOf = new Map<string, string>();
  const refByTarget = new Map<string, string>();
  const newCategories = new Map<string, string>();
  let events = 0;

  for (const id of used) {
    const element = fileElements.get(id)!;
    const category = categories.get(element.categoryId)!;
    const path = `elements[${locate.elements.get(id) ?? 0}]`;
    const name = cleanText(element.name);
    const nameProblem = textProblem(name, longestName);
    if (nameProblem) {
      errors.push({ code: "BAD_TEXT", path: `${path}.name`, message: nameProblem });
      continue;
    }
    const existing =
      projectById.get(id) ??
      exact.get(`${category.key}\n${name}`) ??
      folded.get(`${category.key}\n${name.toLocaleLowerCase()}`);
    const target = existing ? existing.id : `new\n${category.key}\n${name.toLocaleLowerCase()}`;
    const known = refByTarget.get(target);
    if (known !== undefined) {
      refOf.set(id, known);
      continue;
    }
    events += element.events.length;
    refByTarget.set(target, id);
    refOf.set(id, id);
    if (existing) {
      planned.push({
        ref: id,
        path,
        category: existing.category,
        name: existing.name,
        existingId: existing.id,
        boardId: existing.boardId,
        allowHold: element.allowHold,
        allowDropPickup: element.allowDropPickup,
        minDropGapDays: element.minDropGapDays,
      });
      continue;
    }
    if (!isStandardCategoryKey(category.key) && !knownCategories.has(category.key)) {
      const categoryName = cleanText(category.name);
      const problem = textProblem(categoryName, longestCategoryName);
      if (problem) {
        const at = locate.categories.get(category.id) ?? 0;
        errors.push({ code: "BAD_TEXT", path: `categories[${at}].name`, message: problem });
        continue;
      }
      if (!newCategories.has(category.key)) newCategories.set(category.key, categoryName);
    }
    let boardId = element.boardId === null ? null : cleanText(element.boardId) || null;
    if (boardId !== null && boardId.length > longestBoardId) {
      errors.push({
        code: "BAD_TEXT",
        path: `${path}.elementId`,
        message: `longer than ${longestBoardId} characters`,
      });
      continue;
    }
    if (category.key === "cast") {
      if (boardId === null || castIds.includes(boardId)) boardId = nextBoardId(castIds);
      castIds.push(boardId);
    }
    planned.push({
      ref: id,
      path,
      category: category.key,
      name,
      existingId: null,
      boardId,
      allowHold: element.allowHold,
      allowDropPickup: element.allowDropPickup,
      minDropGapDays: Math.min(element.minDropGapDays, longestDropGap),
    });
  }

  // Links of new elements to elements the import brings; an existing element keeps the links it has.
  const isNew = new Set(planned.filter((entry) => entry.existingId === null).map((entry) => entry.ref));
  const links: { ref: string; linkedRef: string }[] = [];
  for (const ref of isNew) {
    for (const linked of new Set(fileElements.get(ref)!.links)) {
      const linkedRef = refOf.get(linked);
      if (linkedRef !== undefined && linkedRef !== ref) links.push({ ref, linkedRef });
    }
  }
  const graph = [...isNew].map((ref) => ({
    id: ref,
    links: links
      .filter((link) => link.ref === ref && isNew.has(link.linkedRef))
      .map((link) => link.linkedRef),
  }));
  for (const problem of validateElementLinks(graph)) {
    if (problem.code !== "LINK_CYCLE") continue;
    const first = problem.elementIds[0]!;
    errors.push({
      code: "LINK_CYCLE",
      path: `elements[${locate.elements.get(first) ?? 0}].linkedElements`,
      message: `the elements would bring each other round a circle (${problem.elementIds
        .map((id) => fileElements.get(id)?.name ?? id)
        .join(" → ")})`,
    });
  }

  return {
    planned,
    refOf,
    newCategories: [...newCategories].map(([key, name]) => ({ key, name })),
    links,
    events,
    errors,
  };
}
