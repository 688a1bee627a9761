// The contributions ledger: each partner's cash and in-kind commitments by instalment, what was delivered and
// when, late instalments flagged, and — for those who keep the books — recording a delivery.
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.ts";
import type { Consortium, Contribution } from "../api/types.ts";
import { formatDecimalMoney, formatIsoDate } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { CountryCode } from "../ui/badges.tsx";
import { useErrorText, useKnownText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";

export function ContributionsPanel({
  projectId,
  consortium,
  canRecordFor,
}: {
  projectId: string;
  consortium: Consortium;
  /** Whether the caller may record deliveries of this partner's contributions. */
  canRecordFor: (organizationId: string) => boolean;
}) {
  const t = useT();
  const errorText = useErrorText();
  const contributions = useQuery({
    queryKey: ["contributions", projectId],
    queryFn: () => api.contributions(projectId),
  });
  const rows = contributions.data?.contributions ?? [];
  return (
    <Panel id="contributions" title={t("consortium.contributions.title")} meta={String(rows.length)} flush>
      {contributions.isPending ? <Loading /> : null}
      {contributions.isError ? <Notice tone="danger">{errorText(contributions.error)}</Notice> : null}
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
}: {
  projectId: string;
  consortium: Consortium;
  contribution: Contribution;
  position: number;
  canRecord: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const knownText = useKnownText();
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
    mutationFn: () => api.recordDelivery(projectId, contribution.id, position, { delivered, deliveredOn }),
    onSuccess: async () => {
      setRecording(false);
      await queryClient.invalidateQueries({ queryKey: ["contributions", projectId] });
      await queryClient.invalidateQueries({ queryKey: ["consortium", projectId] });
      await queryClient.invalidateQueries({ queryKey: ["qualification", projectId] });
    },
  });
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
      <td>
        {what}
        {contribution.description ? <div className="muted">{contribution.description}</div> : null}
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
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setRecording(true)}
          >
            {t("consortium.record")}
          </button>
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
            {record.isError ? (
              <div className="field__error">
                {record.error instanceof ApiError
                  ? (record.error.fields[0]?.message ?? record.error.message)
                  : ""}
              </div>
            ) : null}
          </form>
        ) : null}
      </td>
    </tr>
  );
}
