// The contributions ledger: each partner's cash and in-kind commitments by instalment, what was delivered and
// when, late instalments flagged; for those who keep the books, recording a delivery, and for producers,
// recording a new commitment or withdrawing one entered by mistake.
import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { Consortium, Contribution } from "../api/types.ts";
import { formatDecimalMoney, formatIsoDate } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { CountryCode } from "../ui/badges.tsx";
import { useErrorText, useKnownText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { ConfirmButton } from "../ui/table-actions.tsx";
import { ContributionForm } from "./ContributionForm.tsx";
import { InlineError } from "./InlineError.tsx";
import { amountWording, dateWording, useConsortiumFieldError } from "./field-errors.ts";
import { normalizeDecimalInput } from "./decimal-input.ts";
import { contributionsKey, useConsortiumChanged } from "./queries.ts";

export function ContributionsPanel({
  projectId,
  consortium,
  canEdit,
  canRecordFor,
  currencyOf,
}: {
  projectId: string;
  consortium: Consortium;
  /** Whether the caller may commit and withdraw contributions (a producer). */
  canEdit: boolean;
  /** Whether the caller may record deliveries of this partner's contributions. */
  canRecordFor: (organizationId: string) => boolean;
  /** A partner's own currency. */
  currencyOf: (organizationId: string) => string | undefined;
}) {
  const t = useT();
  const errorText = useErrorText();
  const [isAdding, setIsAdding] = useState(false);
  const contributions = useQuery({
    queryKey: contributionsKey(projectId),
    queryFn: () => api.contributions(projectId),
  });
  const rows = contributions.data?.contributions ?? [];
  return (
    <Panel
      id="contributions"
      title={t("consortium.contributions.title")}
      meta={String(rows.length)}
      actions={
        canEdit && !isAdding ? (
          <button type="button" className="button button--small" onClick={() => setIsAdding(true)}>
            + {t("consortium.contribution.add")}
          </button>
        ) : null
      }
      flush
    >
      {isAdding ? (
        <ContributionForm
          projectId={projectId}
          consortium={consortium}
          currencyOf={currencyOf}
          onDone={() => setIsAdding(false)}
        />
      ) : null}
      {contributions.isPending ? <Loading /> : null}
      {contributions.isError ? <Notice tone="danger">{errorText(contributions.error)}</Notice> : null}
      {contributions.isSuccess && rows.length === 0 ? (
        <p className="panel__empty">{t("consortium.contributions.empty")}</p>
      ) : null}
      <div className="table-scroll">
        <table className="table contributions-table" data-testid="contributions">
          <thead>
            <tr>
              <th scope="col">{t("consortium.column.partner")}</th>
              <th scope="col">{t("consortium.column.contribution")}</th>
              <th scope="col">{t("consortium.column.due")}</th>
              <th scope="col" className="numeric">
                {t("consortium.column.amount")}
              </th>
              <th scope="col" className="numeric">
                {t("consortium.column.delivered")}
              </th>
              <th scope="col">{t("consortium.column.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .flatMap((contribution) =>
                contribution.instalments.map((instalment) => ({ contribution, instalment })),
              )
              .sort((a, b) => a.instalment.due.localeCompare(b.instalment.due))
              .map(({ contribution, instalment }) => (
                <InstalmentRow
                  key={`${contribution.id}-${instalment.position}`}
                  projectId={projectId}
                  consortium={consortium}
                  contribution={contribution}
                  position={instalment.position}
                  canRecord={canRecordFor(contribution.organizationId)}
                  canDelete={canEdit}
                />
              ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}

function InstalmentRow({
  projectId,
  consortium,
  contribution,
  position,
  canRecord,
  canDelete,
}: {
  projectId: string;
  consortium: Consortium;
  contribution: Contribution;
  position: number;
  canRecord: boolean;
  canDelete: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const changed = useConsortiumChanged(projectId);
  const knownText = useKnownText();
  const errorText = useErrorText();
  const fieldText = useConsortiumFieldError();
  const instalment = contribution.instalments.find((row) => row.position === position)!;
  const partner = consortium.partners.find((row) => row.organizationId === contribution.organizationId);
  const late = consortium.late.find(
    (row) =>
      row.organizationId === contribution.organizationId &&
      row.due === instalment.due &&
      row.amount === instalment.amount &&
      row.currency === contribution.currency,
  );
  const [recording, setRecording] = useState(false);
  const [delivered, setDelivered] = useState(instalment.amount);
  const [deliveredOn, setDeliveredOn] = useState("");
  const record = useMutation({
    mutationFn: () =>
      api.recordDelivery(projectId, contribution.id, position, {
        delivered: normalizeDecimalInput(delivered),
        deliveredOn,
      }),
    onSuccess: async () => {
      setRecording(false);
      await changed(contributionsKey(projectId));
    },
  });
  const withdraw = useMutation({
    mutationFn: () => api.deleteContribution(projectId, contribution.id),
    onSuccess: () => changed(contributionsKey(projectId)),
  });
  const recordError =
    fieldText(record.error, "delivered", amountWording) ??
    fieldText(record.error, "deliveredOn", dateWording);
  const money = (amount: string) => formatDecimalMoney(amount, contribution.currency, locale);
  const what =
    contribution.kind === "cash"
      ? t("consortium.kind.cash")
      : t("consortium.kind.inKind", {
          category: knownText(
            `consortium.category.${contribution.category ?? "other"}`,
            contribution.category ?? "",
          ),
        });
  return (
    <tr className={late ? "is-late" : undefined}>
      <td>
        {partner ? (
          <>
            <CountryCode code={partner.country} /> {partner.name}
          </>
        ) : null}
      </td>
      <td className="contributions-table__what">
        {what}
        {contribution.description ? <div className="muted">{contribution.description}</div> : null}
        {canDelete ? (
          <div className="row-actions">
            <ConfirmButton
              label={t("consortium.contribution.remove")}
              question={t("consortium.contribution.confirmRemove", {
                partner: partner?.name ?? "",
                what,
                count: contribution.instalments.length,
              })}
              disabled={withdraw.isPending}
              onConfirm={() => withdraw.mutate()}
            />
          </div>
        ) : null}
        {withdraw.isError ? <div className="field__error">{errorText(withdraw.error)}</div> : null}
      </td>
      <td className="nowrap">{formatIsoDate(instalment.due, locale)}</td>
      <td className="numeric">{money(instalment.amount)}</td>
      <td className="numeric">
        {instalment.delivered === null ? <span className="muted">—</span> : money(instalment.delivered)}
        {instalment.deliveredOn ? (
          <div className="muted">{formatIsoDate(instalment.deliveredOn, locale)}</div>
        ) : null}
      </td>
      <td>
        {late ? (
          <span className="badge badge--late">
            {late.status === "overdue"
              ? t("consortium.status.overdue")
              : t("consortium.status.deliveredLate")}
          </span>
        ) : instalment.delivered !== null && instalment.delivered === instalment.amount ? (
          <span className="badge badge--done">{t("consortium.status.delivered")}</span>
        ) : (
          <span className="muted">{t("consortium.status.pending")}</span>
        )}
        {canRecord && !recording ? (
          <div className="row-actions">
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setRecording(true)}
            >
              {t("consortium.record")}
            </button>
          </div>
        ) : null}
        {recording ? (
          <form
            className="delivery-form"
            onSubmit={(event) => {
              event.preventDefault();
              record.mutate();
            }}
          >
            <input
              aria-label={t("consortium.column.delivered")}
              value={delivered}
              size={12}
              onChange={(event) => setDelivered(event.target.value)}
            />
            <input
              aria-label={t("consortium.deliveredOn")}
              type="date"
              value={deliveredOn}
              required
              onChange={(event) => setDeliveredOn(event.target.value)}
            />
            <button type="submit" className="button button--small" disabled={record.isPending}>
              {t("common.save")}
            </button>
            {record.isError ? <InlineError error={recordError ?? errorText(record.error)} /> : null}
          </form>
        ) : null}
      </td>
    </tr>
  );
}
