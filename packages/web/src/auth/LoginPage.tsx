// Log in with email and password; failures are shown under the form, in the interface language.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FormattedMessage } from "react-intl";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { api } from "../api/client.ts";
import { useT } from "../i18n/locale.tsx";
import { startSession, useMe } from "../session/session.ts";
import { useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Loading, Notice } from "../ui/layout.tsx";
import { AuthLayout } from "./AuthLayout.tsx";
import { safeNext } from "./next.ts";

export function LoginPage() {
  const t = useT();
  const errorText = useErrorText();
  const me = useMe();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const next = safeNext(search);

  const login = useMutation({
    mutationFn: api.login,
    onSuccess: async (result) => {
      await startSession(queryClient, result.csrfToken);
      navigate(next, { replace: true });
    },
  });

  if (me.isPending) return <Loading />;
  if (me.data && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  return (
    <AuthLayout
      title={t("auth.login.title")}
      footer={
        <FormattedMessage
          id="auth.login.noAccount"
          values={{
            link: (chunks) => <Link to={`/signup${search.size ? `?${search}` : ""}`}>{chunks}</Link>,
          }}
        />
      }
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          login.mutate({
            email: String(data.get("email") ?? "").trim(),
            password: String(data.get("password") ?? ""),
          });
        }}
      >
        <Field label={t("auth.email")}>
          {(props) => (
            <input {...props} name="email" type="email" autoComplete="username" required autoFocus />
          )}
        </Field>
        <Field label={t("auth.password")}>
          {(props) => (
            <input {...props} name="password" type="password" autoComplete="current-password" required />
          )}
        </Field>
        {login.isError ? (
          <Notice tone="danger">
            <span data-testid="login-error">{errorText(login.error)}</span>
          </Notice>
        ) : null}
        <button type="submit" className="button button--primary button--block" disabled={login.isPending}>
          {login.isPending ? t("auth.login.pending") : t("auth.login.submit")}
        </button>
      </form>
    </AuthLayout>
  );
}
