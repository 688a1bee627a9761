// One scene's breakdown beside the script: its set and location, the elements tagged in it by category,
// the script's and the dictionary's suggestions to confirm or turn down, an element added by hand, and
// the scene's length and screen time for those who keep the script.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../api/client.ts";
import type { BreakdownCategory, SceneBreakdown, SceneElement } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { CategoryDot } from "./CategoryChart.tsx";
import { breakdownKeys, categoryColor, categoryName, useCategories } from "./queries.ts";
import { SceneLengthForm } from "./SceneLengthForm.tsx";

export function SceneBreakdownPanel({
  projectId,
  draftId,
  sceneId,
  canEdit,
  canEditScene,
}: {
  projectId: string;
  draftId: string;
  sceneId: string | null;
  canEdit: boolean;
  canEditScene: boolean;
}) {
  const t = useT();
  const errorText = useErrorText();
  const categories = useCategories(projectId);
  const breakdown = useQuery({
    queryKey: breakdownKeys.scene(projectId, sceneId ?? ""),
    queryFn: () => api.sceneBreakdown(projectId, sceneId!),
    enabled: sceneId !== null,
  });
  if (sceneId === null) {
    return (
      <Panel id="scene-breakdown" title={t("sceneBreakdown.title")}>
        <p className="panel__empty">{t("sceneBreakdown.choose")}</p>
      </Panel>
    );
  }
  if (breakdown.isPending || categories.isPending) {
    return (
      <Panel id="scene-breakdown" title={t("sceneBreakdown.title")}>
        <Loading />
      </Panel>
    );
  }
  if (breakdown.isError) return <Notice tone="danger">{errorText(breakdown.error)}</Notice>;
  const { scene } = breakdown.data;
  return (
    <Panel
      id="scene-breakdown"
      title={t("sceneBreakdown.titleScene", { number: scene.number ?? "—" })}
      actions={
        <a
          className="button button--ghost button--small"
          href={api.breakdownSheetUrl(projectId, draftId, "pdf", "ru", scene.id)}
          download
        >
          {t("sceneBreakdown.sheetPdf")}
        </a>
      }
    >
      <SceneFacts data={breakdown.data} />
      {canEditScene ? (
        <SceneLengthForm key={scene.version} projectId={projectId} draftId={draftId} scene={scene} />
      ) : null}
      <Suggestions
        projectId={projectId}
        data={breakdown.data}
        categories={categories.data?.categories}
        canEdit={canEdit}
      />
      <ElementGroups
        projectId={projectId}
        data={breakdown.data}
        categories={categories.data?.categories}
        canEdit={canEdit}
      />
      {canEdit ? (
        <AddToScene projectId={projectId} sceneId={scene.id} categories={categories.data?.categories ?? []} />
      ) : null}
    </Panel>
  );
}

function SceneFacts({ data }: { data: SceneBreakdown }) {
  const t = useT();
  const location = data.set?.location;
  return (
    <div className="scene-facts">
      <div className="scene-facts__heading">{data.scene.heading}</div>
      <div className="scene-facts__location">
        {location ? (
          <>
            {t("sceneBreakdown.location")}: <strong>{location.name}</strong> ({location.country}
            {location.address ? `, ${location.address}` : ""})
          </>
        ) : (
          <span className="muted">{t("sceneBreakdown.noLocation")}</span>
        )}
      </div>
      {data.scene.synopsis ? <p className="scene-facts__synopsis">{data.scene.synopsis}</p> : null}
    </div>
  );
}

function useSceneMutations(projectId: string, sceneId: string) {
  const queryClient = useQueryClient();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: breakdownKeys.scene(projectId, sceneId) });
    await queryClient.invalidateQueries({ queryKey: breakdownKeys.elements(projectId) });
  };
  const tag = useMutation({
    mutationFn: (input: Parameters<typeof api.tagElement>[2]) => api.tagElement(projectId, sceneId, input),
    onSuccess: refresh,
  });
  const untag = useMutation({
    mutationFn: (elementId: string) => api.untagElement(projectId, sceneId, elementId),
    onSuccess: refresh,
  });
  const dismiss = useMutation({
    mutationFn: (entryId: string) => api.dismissSuggestion(projectId, sceneId, entryId),
    onSuccess: refresh,
  });
  return { tag, untag, dismiss };
}

function Suggestions({
  projectId,
  data,
  categories,
  canEdit,
}: {
  projectId: string;
  data: SceneBreakdown;
  categories: readonly BreakdownCategory[] | undefined;
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { tag, untag, dismiss } = useSceneMutations(projectId, data.scene.id);
  const fromScript = data.elements.filter((element) => element.status === "suggested");
  if (fromScript.length === 0 && data.suggestions.length === 0) return null;
  const busy = tag.isPending || untag.isPending || dismiss.isPending;
  return (
    <section className="suggestions" aria-label={t("sceneBreakdown.suggestions")}>
      <h3 className="subheading">{t("sceneBreakdown.suggestions")}</h3>
      <ul className="suggestion-list" data-testid="suggestions">
        {data.suggestions.map((suggestion) => (
          <SuggestionItem
            key={suggestion.entryId}
            color={categoryColor(categories, suggestion.category)}
            name={suggestion.elementName}
            why={`${categoryName(categories, suggestion.category, locale)} · «${suggestion.text}»`}
            actions={canEdit && !busy ? "enabled" : canEdit ? "busy" : "none"}
            onAccept={() =>
              tag.mutate({
                category: suggestion.category,
                name: suggestion.elementName,
                quote: suggestion.text,
                entryId: suggestion.entryId,
              })
            }
            onDismiss={() => dismiss.mutate(suggestion.entryId)}
          />
        ))}
        {fromScript.map((element) => (
          <SuggestionItem
            key={element.elementId}
            color={categoryColor(categories, element.category)}
            name={element.name}
            why={`${categoryName(categories, element.category, locale)} · ${t("sceneBreakdown.fromFile")}`}
            actions={canEdit && !busy ? "enabled" : canEdit ? "busy" : "none"}
            onAccept={() => tag.mutate({ elementId: element.elementId })}
            onDismiss={() => untag.mutate(element.elementId)}
          />
        ))}
      </ul>
    </section>
  );
}

/** A suggested element, with why it is suggested and the buttons to accept or turn it down. */
function SuggestionItem({
  color,
  name,
  why,
  actions,
  onAccept,
  onDismiss,
}: {
  color: string;
  name: string;
  why: string;
  actions: "enabled" | "busy" | "none";
  onAccept: () => void;
  onDismiss: () => void;
}) {
  const t = useT();
  return (
    <li className="suggestion">
      <CategoryDot color={color} />
      <span className="suggestion__name">{name}</span>
      <span className="suggestion__why">{why}</span>
      {actions !== "none" ? (
        <span className="suggestion__actions">
          <button
            type="button"
            className="button button--small"
            disabled={actions === "busy"}
            onClick={onAccept}
          >
            {t("sceneBreakdown.confirm")}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={actions === "busy"}
            onClick={onDismiss}
          >
            {t("sceneBreakdown.dismiss")}
          </button>
        </span>
      ) : null}
    </li>
  );
}

function ElementGroups({
  projectId,
  data,
  categories,
  canEdit,
}: {
  projectId: string;
  data: SceneBreakdown;
  categories: readonly BreakdownCategory[] | undefined;
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { untag } = useSceneMutations(projectId, data.scene.id);
  const confirmed = data.elements.filter((element) => element.status === "confirmed");
  if (confirmed.length === 0) return <p className="panel__empty">{t("sceneBreakdown.nothing")}</p>;
  const order = categories?.map((category) => category.key) ?? [];
  const keys = [...new Set(confirmed.map((element) => element.category))].sort(
    (a, b) => order.indexOf(a) - order.indexOf(b),
  );
  return (
    <div className="element-groups" data-testid="scene-elements">
      {keys.map((key) => (
        <section key={key} className="element-group" style={{ borderColor: categoryColor(categories, key) }}>
          <h3 className="element-group__title" style={{ background: categoryColor(categories, key) }}>
            {categoryName(categories, key, locale)}
          </h3>
          <ul>
            {confirmed
              .filter((element) => element.category === key)
              .map((element) => (
                <ElementItem
                  key={element.elementId}
                  element={element}
                  canRemove={canEdit && element.source !== "link"}
                  disabled={untag.isPending}
                  onRemove={() => untag.mutate(element.elementId)}
                />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ElementItem({
  element,
  canRemove,
  disabled,
  onRemove,
}: {
  element: SceneElement;
  canRemove: boolean;
  disabled: boolean;
  onRemove: () => void;
}) {
  const t = useT();
  return (
    <li className="element-item">
      <span>
        {element.boardId ? <span className="element-item__board">{element.boardId}.</span> : null}{" "}
        {element.name}
      </span>
      {element.broughtBy ? (
        <span className="muted"> {t("sceneBreakdown.broughtBy", { name: element.broughtBy })}</span>
      ) : null}
      {canRemove ? (
        <button
          type="button"
          className="element-item__remove"
          disabled={disabled}
          aria-label={t("sceneBreakdown.untag", { name: element.name })}
          title={t("sceneBreakdown.untag", { name: element.name })}
          onClick={onRemove}
        >
          ×
        </button>
      ) : null}
    </li>
  );
}

function AddToScene({
  projectId,
  sceneId,
  categories,
}: {
  projectId: string;
  sceneId: string;
  categories: readonly BreakdownCategory[];
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const [category, setCategory] = useState("props");
  const [name, setName] = useState("");
  const { tag } = useSceneMutations(projectId, sceneId);
  return (
    <form
      className="add-to-scene"
      onSubmit={(event) => {
        event.preventDefault();
        tag.mutate({ category, name: name.trim() }, { onSuccess: () => setName("") });
      }}
    >
      <select
        aria-label={t("breakdown.column.category")}
        value={category}
        onChange={(event) => setCategory(event.target.value)}
      >
        {categories.map((known) => (
          <option key={known.key} value={known.key}>
            {known.names[locale]}
          </option>
        ))}
      </select>
      <input
        aria-label={t("breakdown.column.name")}
        placeholder={t("sceneBreakdown.addPlaceholder")}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button button--small" disabled={tag.isPending || !name.trim()}>
        {t("sceneBreakdown.add")}
      </button>
      {tag.isError ? (
        <div className="field__error">
          {tag.error instanceof ApiError && tag.error.status === 400
            ? tag.error.message
            : errorText(tag.error)}
        </div>
      ) : null}
    </form>
  );
}
