// «Мои вызывные»: the call sheets sent to the signed-in person, with whether they have opened and confirmed each,
// and a button to confirm. Shown only to those the assistant director has sent a sheet to.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Notice, Panel } from "../ui/layout.tsx";
import { callSheetApi, useMyCallSheets, type MyCallSheet } from "./api.ts";
import { ShootingDate } from "./labels.tsx";

export function RecipientState({ state }: { state: MyCallSheet["state"] }) {
  const t = useT();
  return (
    <span className={`badge recipient-state recipient-state--${state}`}>
      {t(`callSheets.state.${state}`)}
    </span>
  );
}

export function ConfirmButton({
  projectId,
  sheet,
}: {
  projectId: string;
  sheet: Pick<MyCallSheet, "dayNumber" | "unitId" | "state">;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: () => callSheetApi.confirm(projectId, sheet.dayNumber, sheet.unitId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["call-sheets", projectId] }),
  });
  if (sheet.state === "confirmed") return null;
  return (
    <button
      type="button"
      className="button button--primary button--small"
      disabled={confirm.isPending}
      onClick={() => confirm.mutate()}
    >
      {t("callSheets.mine.confirm")}
    </button>
  );
}

export function MyCallSheets({ projectId }: { projectId: string }) {
  const t = useT();
  const errorText = useErrorText();
  const mine = useMyCallSheets(projectId);
  if (mine.isError) return <Notice tone="danger">{errorText(mine.error)}</Notice>;
  if (!mine.data || mine.data.callSheets.length === 0) return null;
  return (
    <Panel
      id="my-call-sheets"
      title={t("callSheets.mine.title")}
      meta={String(mine.data.callSheets.length)}
      flush
    >
      <table className="table" data-testid="my-call-sheets">
        <thead>
          <tr>
            <th scope="col">{t("callSheets.column.day")}</th>
            <th scope="col">{t("callSheets.column.date")}</th>
            <th scope="col">{t("callSheets.column.unit")}</th>
            <th scope="col">{t("callSheets.column.state")}</th>
            <th scope="col" className="table__actions" />
          </tr>
        </thead>
        <tbody>
          {mine.data.callSheets.map((sheet) => (
            <tr key={`${sheet.dayNumber}-${sheet.unitId}-${sheet.personId}`}>
              <td className="table__strong">
                <Link to={`/projects/${projectId}/call-sheets/${sheet.dayNumber}?unit=${sheet.unitId}`}>
                  {t("callSheets.dayLink", { day: sheet.dayNumber })}
                </Link>
              </td>
              <td>
                <ShootingDate date={sheet.date} />
              </td>
              <td>{sheet.unit}</td>
              <td>
                <RecipientState state={sheet.state} />
              </td>
              <td className="table__actions">
                <ConfirmButton projectId={projectId} sheet={sheet} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
