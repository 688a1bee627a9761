// Creates an organization; its creator becomes its administrator.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router-dom";
import { api } from "../api/client.ts";
import { useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Notice, PageHeader, Panel, useDocumentTitle } from "../ui/layout.tsx";
import { OrganizationFields, readOrganizationForm, type OrganizationInput } from "./OrganizationFields.tsx";

export function CreateOrganizationPage() {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle(t("org.create.title"));
  const create = useMutation({
    mutationFn: (input: OrganizationInput) => api.createOrganization(input),
    onSuccess: async ({ organization }) => {
      await queryClient.invalidateQueries();
      navigate(`/organizations/${organization.id}`);
    },
  });

  return (
    <>
      <PageHeader title={t("org.create.title")} />
      <Panel title={t("org.details.title")}>
        <form
          className="form form--grid"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(readOrganizationForm(event.currentTarget));
          }}
        >
          <OrganizationFields error={create.error} />
          {create.isError ? <Notice tone="danger">{errorText(create.error)}</Notice> : null}
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={create.isPending}>
              {create.isPending ? t("common.saving") : t("org.create.submit")}
            </button>
          </div>
        </form>
      </Panel>
    </>
  );
}
