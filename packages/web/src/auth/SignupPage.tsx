// Create an account. The new account starts in the language the visitor chose on this page.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FormattedMessage } from "react-intl";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { api } from "../api/client.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { startSession, useMe } from "../session/session.ts";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Loading, Notice } from "../ui/layout.tsx";
import { AuthLayout } from "./AuthLayout.tsx";
import { minPasswordLength, safeNext } from "./next.ts";

export function SignupPage() {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const me = useMe();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const next = safeNext(search);

  const signup = useMutation({
    mutationFn: api.signup,
    onSuccess: async (result) => {
      await startSession(queryClient, result.csrfToken);
      navigate(next, { replace: true });
    },
  });

  if (me.isPending) return <Loading />;
  if (me.data && !signup.isPending && !signup.isSuccess) return <Navigate to={next} replace />;

  const error = signup.error;
  return (
    <AuthLayout
      title={t("auth.signup.title")}
      footer={
        <FormattedMessage
          id="auth.signup.hasAccount"
          values={{ link: (chunks) => <Link to={`/login${search.size ? `?${search}` : ""}`}>{chunks}</Link> }}
        />
      }
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          signup.mutate({
            name: String(data.get("name") ?? "").trim(),
            email: String(data.get("email") ?? "").trim(),
            password: String(data.get("password") ?? ""),
            locale,
          });
        }}
      >
        <Field label={t("auth.name")} error={fieldError(error, "name")}>
          {(props) => <input {...props} name="name" autoComplete="name" required autoFocus />}
        </Field>
        <Field label={t("auth.email")} error={fieldError(error, "email")}>
          {(props) => <input {...props} name="email" type="email" autoComplete="email" required />}
        </Field>
        <Field
          label={t("auth.password")}
          hint={t("auth.password.hint", { count: minPasswordLength })}
          error={fieldError(error, "password")}
        >
          {(props) => (
            <input
              {...props}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={minPasswordLength}
            />
          )}
        </Field>
        {error ? <Notice tone="danger">{errorText(error)}</Notice> : null}
        <button type="submit" className="button button--primary button--block" disabled={signup.isPending}>
          {signup.isPending ? t("auth.signup.pending") : t("auth.signup.submit")}
        </button>
      </form>
    </AuthLayout>
  );
}
