// The project's breakdown elements: board id, name, how many scenes need them, and the rules the schedule
// keeps for them (hold days allowed, drop and pickup with a minimum gap, what they bring along).
import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { BreakdownCategory, BreakdownElement } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice, Panel } from "../ui/layout.tsx";
import { ConfirmButton } from "../ui/table-actions.tsx";
import { CategoryDot } from "./CategoryChart.tsx";
import { breakdownKeys, categoryColor, categoryName } from "./queries.ts";

export function ElementsPanel({
  projectId,
  categories,
  elements,
  category,
  canEdit,
}: {
  projectId: string;
  categories: readonly BreakdownCategory[];
  elements: readonly BreakdownElement[];
  category: string | null;
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  const order = new Map(categories.map((known, index) => [known.key, index]));
  const shown = elements
    .filter((element) => category === null || element.category === category)
    .sort(
      (a, b) =>
        (order.get(a.category) ?? order.size) - (order.get(b.category) ?? order.size) ||
        boardNumber(a.boardId) - boardNumber(b.boardId) ||
        a.name.localeCompare(b.name, locale),
    );
  const title = category ? categoryName(categories, category, locale) : t("breakdown.elements.title");
  return (
    <Panel id="elements" title={title} meta={String(shown.length)} flush>
      {canEdit ? <AddElementForm projectId={projectId} categories={categories} category={category} /> : null}
      <div className="table-scroll">
        <table className="table elements-table" data-testid="elements">
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t("breakdown.column.boardId")}
              </th>
              <th scope="col">{t("breakdown.column.name")}</th>
              <th scope="col" className="numeric">
                {t("breakdown.column.scenes")}
              </th>
              <th scope="col">{t("breakdown.column.rules")}</th>
              <th scope="col">{t("breakdown.column.brings")}</th>
              {canEdit ? (
                <th scope="col">
                  <span className="visually-hidden">{t("common.edit")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {shown.flatMap((element, index) => [
              ...(element.category !== shown[index - 1]?.category
                ? [
                    <tr key={`category-${element.category}`} className="elements-table__group">
                      <th scope="colgroup" colSpan={canEdit ? 6 : 5}>
                        <CategoryDot color={categoryColor(categories, element.category)} />{" "}
                        {categoryName(categories, element.category, locale)}
                      </th>
                    </tr>,
                  ]
                : []),
              editing === element.id ? (
                <tr key={element.id}>
                  <td colSpan={canEdit ? 6 : 5}>
                    <EditElementForm
                      projectId={projectId}
                      element={element}
                      elements={elements}
                      onDone={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={element.id}>
                  <td className="numeric">{element.boardId ?? <span className="muted">—</span>}</td>
                  <td>
                    {element.name}
                    {element.notes ? <div className="muted">{element.notes}</div> : null}
                  </td>
                  <td className="numeric">{element.sceneCount}</td>
                  <td className="elements-table__rules">
                    {element.allowHold ? t("breakdown.rules.hold") : t("breakdown.rules.noHold")}
                    {element.allowDropPickup
                      ? ` · ${t("breakdown.rules.dropPickup", { days: element.minDropGapDays })}`
                      : ""}
                  </td>
                  <td>
                    {element.links
                      .map((id) => elements.find((other) => other.id === id)?.name)
                      .filter(Boolean)
                      .join(", ") || <span className="muted">—</span>}
                  </td>
                  {canEdit ? (
                    <td className="table__actions">
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        onClick={() => setEditing(element.id)}
                      >
                        {t("common.edit")}
                      </button>
                      <DeleteElementButton projectId={projectId} element={element} />
                    </td>
                  ) : null}
                </tr>
              ),
            ])}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}

/** Board numbers in numeric order; elements without one after them. */
function boardNumber(boardId: string | null): number {
  const number = boardId === null ? NaN : Number(boardId);
  return Number.isFinite(number) ? number : Number.MAX_SAFE_INTEGER;
}

function DeleteElementButton({ projectId, element }: { projectId: string; element: BreakdownElement }) {
  const t = useT();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.deleteBreakdownElement(projectId, element.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breakdownKeys.elements(projectId) }),
  });
  return (
    <ConfirmButton
      label={t("common.remove")}
      question={t("breakdown.remove.confirm", { name: element.name, scenes: element.sceneCount })}
      disabled={remove.isPending}
      onConfirm={() => remove.mutate()}
    />
  );
}

function AddElementForm({
  projectId,
  categories,
  category,
}: {
  projectId: string;
  categories: readonly BreakdownCategory[];
  category: string | null;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState(category ?? "props");
  const [name, setName] = useState("");
  const [boardId, setBoardId] = useState("");
  const create = useMutation({
    mutationFn: () =>
      api.createBreakdownElement(projectId, {
        category: category ?? chosen,
        name,
        ...(boardId.trim() ? { boardId: boardId.trim() } : {}),
      }),
    onSuccess: async () => {
      setName("");
      setBoardId("");
      await queryClient.invalidateQueries({ queryKey: breakdownKeys.elements(projectId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="toolbar-form" onSubmit={submit} aria-label={t("breakdown.add.title")}>
      {category === null ? (
        <Field label={t("breakdown.column.category")}>
          {(props) => (
            <select {...props} value={chosen} onChange={(event) => setChosen(event.target.value)}>
              {categories.map((known) => (
                <option key={known.key} value={known.key}>
                  {known.names[locale]}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t("breakdown.column.name")} error={fieldError(create.error, "name")}>
        {(props) => (
          <input {...props} value={name} onChange={(event) => setName(event.target.value)} required />
        )}
      </Field>
      <Field label={t("breakdown.column.boardId")} error={fieldError(create.error, "boardId")}>
        {(props) => (
          <input {...props} value={boardId} size={6} onChange={(event) => setBoardId(event.target.value)} />
        )}
      </Field>
      <button type="submit" className="button" disabled={create.isPending || !name.trim()}>
        {t("breakdown.add.submit")}
      </button>
      {create.isError && !(create.error instanceof ApiError && create.error.status === 400) ? (
        <Notice tone="danger">{errorText(create.error)}</Notice>
      ) : null}
    </form>
  );
}

function EditElementForm({
  projectId,
  element,
  elements,
  onDone,
}: {
  projectId: string;
  element: BreakdownElement;
  elements: readonly BreakdownElement[];
  onDone: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({
    name: element.name,
    boardId: element.boardId ?? "",
    allowHold: element.allowHold,
    allowDropPickup: element.allowDropPickup,
    minDropGapDays: element.minDropGapDays,
    notes: element.notes ?? "",
    links: element.links,
  });
  const save = useMutation({
    mutationFn: () =>
      api.updateBreakdownElement(projectId, element.id, {
        version: element.version,
        name: draft.name,
        boardId: draft.boardId.trim() || null,
        allowHold: draft.allowHold,
        allowDropPickup: draft.allowDropPickup,
        minDropGapDays: draft.minDropGapDays,
        notes: draft.notes.trim() || null,
        links: draft.links,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: breakdownKeys.elements(projectId) });
      onDone();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: breakdownKeys.elements(projectId) });
    },
  });
  const others = elements.filter((other) => other.id !== element.id);
  return (
    <form
      className="form form--grid element-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Field label={t("breakdown.column.name")} error={fieldError(save.error, "name")}>
        {(props) => (
          <input
            {...props}
            value={draft.name}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
        )}
      </Field>
      <Field label={t("breakdown.column.boardId")} error={fieldError(save.error, "boardId")}>
        {(props) => (
          <input
            {...props}
            value={draft.boardId}
            onChange={(event) => setDraft({ ...draft, boardId: event.target.value })}
          />
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.allowHold}
          onChange={(event) => setDraft({ ...draft, allowHold: event.target.checked })}
        />
        {t("breakdown.rules.allowHold")}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.allowDropPickup}
          onChange={(event) => setDraft({ ...draft, allowDropPickup: event.target.checked })}
        />
        {t("breakdown.rules.allowDropPickup")}
      </label>
      <Field label={t("breakdown.rules.minGap")} error={fieldError(save.error, "minDropGapDays")}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={0}
            max={365}
            disabled={!draft.allowDropPickup}
            value={draft.minDropGapDays}
            onChange={(event) => setDraft({ ...draft, minDropGapDays: Number(event.target.value) })}
          />
        )}
      </Field>
      <Field label={t("breakdown.column.notes")} error={fieldError(save.error, "notes")} wide>
        {(props) => (
          <input
            {...props}
            value={draft.notes}
            onChange={(event) => setDraft({ ...draft, notes: event.target.value })}
          />
        )}
      </Field>
      <Field
        label={t("breakdown.column.brings")}
        hint={t("breakdown.links.hint")}
        error={fieldError(save.error, "links")}
        wide
      >
        {(props) => (
          <select
            {...props}
            multiple
            size={Math.min(8, Math.max(3, others.length))}
            value={draft.links}
            onChange={(event) =>
              setDraft({ ...draft, links: [...event.target.selectedOptions].map((option) => option.value) })
            }
          >
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.boardId ? `${other.boardId}. ` : ""}
                {other.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
      {save.isError && !(save.error instanceof ApiError && save.error.status === 400) ? (
        <Notice tone="danger">
          {save.error instanceof ApiError && save.error.status === 409
            ? t("breakdown.edit.conflict")
            : errorText(save.error)}
        </Notice>
      ) : null}
    </form>
  );
}
