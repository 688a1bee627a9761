// Setting the agreed shares: one exact percentage per partner, the running sum shown, saved only when it is
// exactly 100 (the server checks again and refuses anything else).
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { ConsortiumPartner } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { CountryCode } from "../ui/badges.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Notice } from "../ui/layout.tsx";
import { sumPercentages } from "./percent.ts";

export function SharesForm({
  projectId,
  partners,
  onDone,
}: {
  projectId: string;
  partners: readonly ConsortiumPartner[];
  onDone: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [shares, setShares] = useState(() => partners.map((partner) => partner.share ?? ""));
  const sum = sumPercentages(shares);
  const save = useMutation({
    mutationFn: () =>
      api.setShares(
        projectId,
        partners.map((partner, index) => ({
          organizationId: partner.organizationId,
          share: shares[index]!.trim(),
        })),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["consortium", projectId] });
      await queryClient.invalidateQueries({ queryKey: ["qualification", projectId] });
      onDone();
    },
  });
  return (
    <form
      className="shares-form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      {partners.map((partner, index) => (
        <label key={partner.organizationId} className="shares-form__row">
          <span>
            <CountryCode code={partner.country} /> {partner.name}
          </span>
          <input
            inputMode="decimal"
            value={shares[index]}
            size={8}
            onChange={(event) =>
              setShares(shares.map((share, at) => (at === index ? event.target.value : share)))
            }
          />
          <span>%</span>
        </label>
      ))}
      <div className={sum === "100" ? "shares-form__sum is-ok" : "shares-form__sum"} data-testid="shares-sum">
        {t("consortium.shares.sum", { sum: sum ?? "?" })}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={sum !== "100" || save.isPending}>
          {t("common.save")}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
      {save.isError ? (
        <Notice tone="danger">
          {save.error instanceof ApiError && save.error.status === 400
            ? save.error.message
            : errorText(save.error)}
        </Notice>
      ) : null}
    </form>
  );
}
