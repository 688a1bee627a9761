// The signed-in user's own settings: name, interface language, password and personal API tokens.
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router-dom";
import { api } from "../api/client.ts";
import type { Locale } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { endSession, useMe, meQueryKey } from "../session/session.ts";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Loading, Notice, PageHeader, Panel, useDocumentTitle } from "../ui/layout.tsx";
import { TokensPanel } from "./TokensPanel.tsx";
import { minPasswordLength } from "../auth/next.ts";

export function AccountPage() {
  const t = useT();
  const me = useMe();
  useDocumentTitle(t("account.title"));
  if (!me.data) return <Loading />;
  const { user } = me.data;
  return (
    <>
      <PageHeader title={t("account.title")} subtitle={user.email} />
      <div className="columns columns--even">
        <ProfilePanel name={user.name} email={user.email} />
        <LanguagePanel />
      </div>
      <PasswordPanel />
      <SessionsPanel />
      <TokensPanel />
    </>
  );
}

/** Signs the user out on every device: after a lost laptop, or on leaving a shared computer. */
function SessionsPanel() {
  const t = useT();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => endSession(queryClient, { everywhere: true }),
    onSuccess: () => navigate("/login", { replace: true }),
  });
  return (
    <Panel title={t("account.sessions.title")}>
      <p className="muted">{t("account.sessions.text")}</p>
      {signOut.isError ? <Notice tone="danger">{errorText(signOut.error)}</Notice> : null}
      <div className="form__actions">
        <button
          type="button"
          className="button"
          disabled={signOut.isPending}
          onClick={() => {
            if (window.confirm(t("account.sessions.confirm"))) signOut.mutate();
          }}
        >
          {t("account.sessions.submit")}
        </button>
      </div>
    </Panel>
  );
}

function ProfilePanel({ name, email }: { name: string; email: string }) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (input: { name: string }) => api.updateMe(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
  return (
    <Panel title={t("account.profile.title")}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ name: String(new FormData(event.currentTarget).get("name") ?? "").trim() });
        }}
      >
        <Field label={t("account.name")} error={fieldError(save.error, "name")}>
          {(props) => <input {...props} name="name" defaultValue={name} required autoComplete="name" />}
        </Field>
        <Field label={t("account.email")}>{(props) => <input {...props} value={email} readOnly />}</Field>
        {save.isSuccess ? <Notice tone="success">{t("common.saved")}</Notice> : null}
        {save.isError && !fieldError(save.error, "name") ? (
          <Notice tone="danger">{errorText(save.error)}</Notice>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t("common.saving") : t("common.save")}
          </button>
        </div>
      </form>
    </Panel>
  );
}

const locales: readonly Locale[] = ["ru", "en"];

function LanguagePanel() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <Panel title={t("account.language.title")}>
      <fieldset className="choice-list">
        <legend className="visually-hidden">{t("account.language.title")}</legend>
        {locales.map((code) => (
          <label key={code} className="choice">
            <input
              type="radio"
              name="locale"
              value={code}
              checked={locale === code}
              onChange={() => setLocale(code)}
            />
            <span lang={code}>{t(`locale.${code}`)}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted small">{t("account.language.hint")}</p>
    </Panel>
  );
}

function PasswordPanel() {
  const t = useT();
  const errorText = useErrorText();
  const [isChanged, setIsChanged] = useState(false);
  const change = useMutation({ mutationFn: api.changePassword, onSuccess: () => setIsChanged(true) });
  const error = change.error;
  return (
    <Panel title={t("account.password.title")}>
      <form
        className="form form--grid"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const data = new FormData(form);
          setIsChanged(false);
          change.mutate(
            {
              currentPassword: String(data.get("currentPassword") ?? ""),
              newPassword: String(data.get("newPassword") ?? ""),
            },
            { onSuccess: () => form.reset() },
          );
        }}
      >
        <Field label={t("account.password.current")} error={fieldError(error, "currentPassword")}>
          {(props) => (
            <input
              {...props}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
            />
          )}
        </Field>
        <Field
          label={t("account.password.new")}
          hint={t("auth.password.hint", { count: minPasswordLength })}
          error={fieldError(error, "newPassword")}
        >
          {(props) => (
            <input
              {...props}
              name="newPassword"
              type="password"
              autoComplete="new-password"
              required
              minLength={minPasswordLength}
            />
          )}
        </Field>
        {isChanged ? <Notice tone="success">{t("account.password.changed")}</Notice> : null}
        {error ? (
          <Notice tone="danger">{errorText(error, { INVALID_CREDENTIALS: "account.password.wrong" })}</Notice>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={change.isPending}>
            {t("account.password.submit")}
          </button>
        </div>
      </form>
    </Panel>
  );
}
