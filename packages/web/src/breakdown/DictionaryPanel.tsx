// The project's dictionary: words that suggest an element wherever the script uses them, in any form
// («танк» finds «танка», «танком»), and the project's own breakdown categories.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { BreakdownCategory } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { ConfirmButton } from "../ui/table-actions.tsx";
import { CategoryDot } from "./CategoryChart.tsx";
import { breakdownKeys, categoryColor, categoryName } from "./queries.ts";

export function DictionaryPanel({
  projectId,
  categories,
  canEdit,
}: {
  projectId: string;
  categories: readonly BreakdownCategory[];
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const dictionary = useQuery({
    queryKey: breakdownKeys.dictionary(projectId),
    queryFn: () => api.dictionary(projectId),
  });
  const [entry, setEntry] = useState({ category: "props", term: "", elementName: "" });
  const add = useMutation({
    mutationFn: () => api.addDictionaryEntry(projectId, entry),
    onSuccess: async () => {
      setEntry({ ...entry, term: "", elementName: "" });
      await queryClient.invalidateQueries({ queryKey: breakdownKeys.dictionary(projectId) });
    },
  });
  const remove = useMutation({
    mutationFn: (entryId: string) => api.deleteDictionaryEntry(projectId, entryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breakdownKeys.dictionary(projectId) }),
  });
  const entries = dictionary.data?.entries ?? [];
  return (
    <Panel id="dictionary" title={t("breakdown.dictionary.title")} meta={String(entries.length)} flush>
      <p className="panel__intro">{t("breakdown.dictionary.intro")}</p>
      {canEdit ? (
        <form
          className="toolbar-form"
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate();
          }}
        >
          <Field label={t("breakdown.column.category")}>
            {(props) => (
              <select
                {...props}
                value={entry.category}
                onChange={(event) => setEntry({ ...entry, category: event.target.value })}
              >
                {categories
                  .filter((category) => category.key !== "cast")
                  .map((category) => (
                    <option key={category.key} value={category.key}>
                      {category.names[locale]}
                    </option>
                  ))}
              </select>
            )}
          </Field>
          <Field label={t("breakdown.dictionary.term")} error={fieldError(add.error, "term")}>
            {(props) => (
              <input
                {...props}
                value={entry.term}
                placeholder={t("breakdown.dictionary.termExample")}
                onChange={(event) => setEntry({ ...entry, term: event.target.value })}
              />
            )}
          </Field>
          <Field label={t("breakdown.dictionary.element")} error={fieldError(add.error, "elementName")}>
            {(props) => (
              <input
                {...props}
                value={entry.elementName}
                placeholder={t("breakdown.dictionary.elementExample")}
                onChange={(event) => setEntry({ ...entry, elementName: event.target.value })}
              />
            )}
          </Field>
          <button
            type="submit"
            className="button"
            disabled={add.isPending || !entry.term.trim() || !entry.elementName.trim()}
          >
            {t("breakdown.dictionary.add")}
          </button>
        </form>
      ) : null}
      {add.isError && !(add.error instanceof ApiError && add.error.status === 400) ? (
        <Notice tone="danger">{errorText(add.error)}</Notice>
      ) : null}
      {dictionary.isPending ? <Loading /> : null}
      {dictionary.isError ? <Notice tone="danger">{errorText(dictionary.error)}</Notice> : null}
      {entries.length > 0 ? (
        <table className="table" data-testid="dictionary">
          <thead>
            <tr>
              <th scope="col">{t("breakdown.dictionary.term")}</th>
              <th scope="col">{t("breakdown.dictionary.element")}</th>
              <th scope="col">{t("breakdown.column.category")}</th>
              {canEdit ? (
                <th scope="col">
                  <span className="visually-hidden">{t("common.remove")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {entries.map((row) => (
              <tr key={row.id}>
                <td>{row.term}</td>
                <td>{row.elementName}</td>
                <td>
                  <CategoryDot color={categoryColor(categories, row.category)} />{" "}
                  {categoryName(categories, row.category, locale)}
                </td>
                {canEdit ? (
                  <td className="table__actions">
                    <ConfirmButton
                      label={t("common.remove")}
                      question={t("breakdown.dictionary.removeConfirm", { term: row.term })}
                      disabled={remove.isPending}
                      onConfirm={() => remove.mutate(row.id)}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Panel>
  );
}

export function CustomCategoryForm({ projectId }: { projectId: string }) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [names, setNames] = useState({ ru: "", en: "" });
  const [color, setColor] = useState("#8e44ad");
  const create = useMutation({
    mutationFn: () => api.createBreakdownCategory(projectId, { names, color }),
    onSuccess: async () => {
      setNames({ ru: "", en: "" });
      await queryClient.invalidateQueries({ queryKey: breakdownKeys.categories(projectId) });
    },
  });
  return (
    <Panel id="categories" title={t("breakdown.category.title")}>
      <form
        className="toolbar-form"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Field label={t("breakdown.category.nameRu")} error={fieldError(create.error, "names.ru")}>
          {(props) => (
            <input
              {...props}
              value={names.ru}
              onChange={(event) => setNames({ ...names, ru: event.target.value })}
            />
          )}
        </Field>
        <Field label={t("breakdown.category.nameEn")} error={fieldError(create.error, "names.en")}>
          {(props) => (
            <input
              {...props}
              value={names.en}
              onChange={(event) => setNames({ ...names, en: event.target.value })}
            />
          )}
        </Field>
        <Field label={t("breakdown.category.color")}>
          {(props) => (
            <input {...props} type="color" value={color} onChange={(event) => setColor(event.target.value)} />
          )}
        </Field>
        <button
          type="submit"
          className="button"
          disabled={create.isPending || !names.ru.trim() || !names.en.trim()}
        >
          {t("breakdown.category.add")}
        </button>
      </form>
      {create.isError && !(create.error instanceof ApiError && create.error.status === 400) ? (
        <Notice tone="danger">{errorText(create.error)}</Notice>
      ) : null}
    </Panel>
  );
}
