// Edits a project's titles, genre, working languages and screen time per page. Sends the version it was loaded at;
// a 409 means someone else saved first, and the parent reloads the project.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { Project } from "../api/types.ts";
import { parseLanguageList, withTitle } from "./titles.ts";
import { useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice } from "../ui/layout.tsx";

export function EditProjectForm({
  project,
  onCancel,
  onSaved,
  onConflict,
}: {
  project: Project;
  onCancel: () => void;
  onSaved: () => void;
  onConflict: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (input: Parameters<typeof api.updateProject>[1]) => api.updateProject(project.id, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["project", project.id] });
      await queryClient.invalidateQueries({ queryKey: ["projects"] });
      onSaved();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) onConflict();
    },
  });
  const error = save.error instanceof ApiError && save.error.status === 409 ? null : save.error;

  return (
    <form
      className="form form--grid"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const titles = withTitle(
          withTitle(project.titles, "ru", data.get("titleRu")),
          "en",
          data.get("titleEn"),
        );
        const genre = String(data.get("genre") ?? "").trim();
        save.mutate({
          version: project.version,
          titles,
          genre: genre || null,
          languages: parseLanguageList(String(data.get("languages") ?? "")),
          secondsPerPage: Number(data.get("secondsPerPage")),
        });
      }}
    >
      <Field label={t("project.edit.titleRu")} error={fieldError(error, "titles.ru")}>
        {(props) => (
          <input {...props} name="titleRu" lang="ru" defaultValue={project.titles.ru ?? ""} required />
        )}
      </Field>
      <Field label={t("project.edit.titleEn")} error={fieldError(error, "titles.en")}>
        {(props) => <input {...props} name="titleEn" lang="en" defaultValue={project.titles.en ?? ""} />}
      </Field>
      <Field label={t("project.edit.genre")} error={fieldError(error, "genre")}>
        {(props) => <input {...props} name="genre" defaultValue={project.genre ?? ""} />}
      </Field>
      <Field
        label={t("project.edit.languages")}
        hint={t("project.edit.languagesHint")}
        error={fieldError(error, "languages")}
      >
        {(props) => <input {...props} name="languages" defaultValue={project.languages.join(", ")} />}
      </Field>
      <Field
        label={t("project.edit.secondsPerPage")}
        hint={t("project.edit.secondsPerPageHint")}
        error={fieldError(error, "secondsPerPage")}
      >
        {(props) => (
          <input
            {...props}
            name="secondsPerPage"
            type="number"
            min={10}
            max={600}
            step={1}
            defaultValue={project.secondsPerPage}
            required
          />
        )}
      </Field>
      {error ? <Notice tone="danger">{errorText(error)}</Notice> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
