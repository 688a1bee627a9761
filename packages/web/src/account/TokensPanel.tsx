// Personal API tokens: create one (its secret is shown once, with a copy button) and revoke.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FormattedDate } from "react-intl";
import { api } from "../api/client.ts";
import type { CreatedToken } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { ConfirmButton } from "../ui/table-actions.tsx";

export function TokensPanel() {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const tokens = useQuery({ queryKey: ["tokens"], queryFn: api.tokens });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["tokens"] });
  const create = useMutation({ mutationFn: api.createToken, onSuccess: setCreated, onSettled: refresh });
  const revoke = useMutation({ mutationFn: api.revokeToken, onSettled: refresh });

  return (
    <Panel id="tokens" title={t("account.tokens.title")} flush>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          setCreated(null);
          create.mutate(
            { name: String(new FormData(form).get("name") ?? "").trim() },
            { onSuccess: () => form.reset() },
          );
        }}
      >
        <p className="muted small">{t("account.tokens.hint")}</p>
        {created ? <CreatedTokenNotice token={created} onClose={() => setCreated(null)} /> : null}
        {create.isError && !fieldError(create.error, "name") ? (
          <Notice tone="danger">{errorText(create.error)}</Notice>
        ) : null}
        <div className="inline-form__row">
          <Field label={t("account.tokens.name")} error={fieldError(create.error, "name")}>
            {(props) => (
              <input
                {...props}
                name="name"
                required
                maxLength={100}
                placeholder={t("account.tokens.namePlaceholder")}
              />
            )}
          </Field>
          <div className="inline-form__actions">
            <button type="submit" className="button button--primary" disabled={create.isPending}>
              {t("account.tokens.create")}
            </button>
          </div>
        </div>
      </form>
      {revoke.isError ? <Notice tone="danger">{errorText(revoke.error)}</Notice> : null}
      {tokens.isPending ? (
        <Loading />
      ) : tokens.isError ? (
        <Notice tone="danger">{errorText(tokens.error)}</Notice>
      ) : tokens.data.tokens.length === 0 ? (
        <p className="panel__empty">{t("account.tokens.empty")}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("account.tokens.name")}</th>
              <th scope="col">{t("account.tokens.createdAt")}</th>
              <th scope="col">{t("account.tokens.lastUsedAt")}</th>
              <th scope="col" className="table__actions" />
            </tr>
          </thead>
          <tbody>
            {tokens.data.tokens.map((token) => (
              <tr key={token.id}>
                <td className="table__strong">{token.name}</td>
                <td>
                  <FormattedDate value={token.createdAt} dateStyle="medium" timeStyle="short" />
                </td>
                <td>
                  {token.lastUsedAt ? (
                    <FormattedDate value={token.lastUsedAt} dateStyle="medium" timeStyle="short" />
                  ) : (
                    <span className="muted">{t("account.tokens.never")}</span>
                  )}
                </td>
                <td className="table__actions">
                  <ConfirmButton
                    label={t("common.revoke")}
                    question={t("common.confirmRevoke", { name: token.name })}
                    disabled={revoke.isPending}
                    onConfirm={() => revoke.mutate(token.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function CreatedTokenNotice({ token, onClose }: { token: CreatedToken; onClose: () => void }) {
  const t = useT();
  const [isCopied, setIsCopied] = useState(false);
  return (
    <Notice tone="success" onClose={onClose}>
      <p>{t("account.tokens.created", { name: token.name })}</p>
      <div className="secret">
        <code className="secret__value" data-testid="created-token">
          {token.token}
        </code>
        <button
          type="button"
          className="button button--small"
          onClick={() => copyText(token.token).then(setIsCopied)}
        >
          {isCopied ? t("common.copied") : t("common.copy")}
        </button>
      </div>
    </Notice>
  );
}

/** Copies to the clipboard; over plain HTTP (no Clipboard API) falls back to a selected textarea. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy path
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  try {
    return document.execCommand("copy");
  } finally {
    area.remove();
  }
}
