// Signing a version for one's studio: a modal that says exactly what is being signed (the document, the
// version, the party and the hash of its terms) and asks for the password again. The server checks the
// password like a login and refuses anyone who is not the party's named signatory.
import { useEffect, useRef, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { DocumentParty, DocumentVersionSummary } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice } from "../ui/layout.tsx";
import { documentKeys } from "./queries.ts";

export function SignDialog({
  projectId,
  documentId,
  title,
  version,
  party,
  onClose,
}: {
  projectId: string;
  documentId: string;
  title: string;
  version: DocumentVersionSummary;
  party: DocumentParty;
  /** Called with true once the signature is recorded, false when the signatory changed their mind. */
  onClose: (signed: boolean) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState("");
  const studio = pickText(party.names, locale) || party.organizationId;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const sign = useMutation({
    mutationFn: () =>
      api.signDocumentVersion(projectId, documentId, version.number, {
        password,
        organizationId: party.organizationId,
        termsHash: version.termsHash,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.all(projectId) });
      await queryClient.invalidateQueries({ queryKey: documentKeys.audit(projectId) });
      onClose(true);
    },
    onError: (error) => {
      setPassword("");
      // The signatory was changed or the party signed meanwhile: the list behind the dialog is out of date.
      if (
        error instanceof ApiError &&
        ["NOT_SIGNATORY", "ALREADY_SIGNED", "VERSION_CONFLICT"].includes(error.code)
      ) {
        void queryClient.invalidateQueries({ queryKey: documentKeys.all(projectId) });
      }
    },
  });
  const error = sign.error;
  const wrongPassword = error instanceof ApiError && error.code === "INVALID_CREDENTIALS";

  return (
    <dialog
      ref={dialog}
      className="sign-dialog"
      aria-labelledby={`sign-${documentId}-${version.number}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!sign.isPending) onClose(false);
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (password !== "") sign.mutate();
        }}
      >
        <h2 className="sign-dialog__title" id={`sign-${documentId}-${version.number}-title`}>
          {t("documents.sign.title", { number: version.number })}
        </h2>
        <p>{t("documents.sign.intro", { title, number: version.number, studio })}</p>
        <p className="sign-dialog__hash">{t("documents.sign.hash", { hash: version.termsHash })}</p>
        <Field
          label={t("documents.sign.password")}
          hint={t("documents.sign.passwordHint")}
          error={wrongPassword ? t("documents.error.wrongPassword") : undefined}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              name="password"
              autoComplete="current-password"
              autoFocus
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        {error && !wrongPassword ? (
          <Notice tone="danger">
            {errorText(error, {
              NOT_SIGNATORY: "documents.error.notSignatory",
              ALREADY_SIGNED: "documents.error.alreadySigned",
              VERSION_CONFLICT: "documents.error.termsChanged",
            })}
          </Notice>
        ) : null}
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={sign.isPending || password === ""}
          >
            {sign.isPending ? t("documents.sign.signing") : t("documents.sign.submit")}
          </button>
          <button
            type="button"
            className="button button--ghost"
            disabled={sign.isPending}
            onClick={() => onClose(false)}
          >
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
