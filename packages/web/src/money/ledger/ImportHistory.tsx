// The imports of the books the caller sees, newest first: which file went into whose books, how many rows, who
// loaded it and when. An import is undone whole — its rows leave the journal — by the studio whose books they are
// or by whoever imported the file.
import { useMutation, useQuery } from "@tanstack/react-query";
import type { ProjectDetail } from "../../api/types.ts";
import { intlLocale } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { useMe } from "../../session/session.ts";
import { useErrorText } from "../../ui/errors.ts";
import { Notice, Panel } from "../../ui/layout.tsx";
import { ConfirmButton } from "../../ui/table-actions.tsx";
import { moneyApi } from "../api.ts";
import type { ActualsImport } from "../types.ts";
import { moneyKey, useMoneyChanged } from "../queries.ts";

export function ImportHistory({
  projectId,
  detail,
  nameOf,
  onShow,
}: {
  projectId: string;
  detail: ProjectDetail;
  nameOf: (id: string) => string;
  onShow: (importId: string) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const me = useMe().data?.user.id;
  const changed = useMoneyChanged(projectId);
  const imports = useQuery({
    queryKey: moneyKey(projectId, "imports"),
    queryFn: () => moneyApi.imports(projectId),
  });
  const undo = useMutation({
    mutationFn: (record: ActualsImport) => moneyApi.undoImport(projectId, record.id),
    onSettled: changed,
  });
  const list = imports.data?.imports ?? [];
  if (imports.isSuccess && list.length === 0) return null;
  const canEdit = detail.permissions.includes("actuals.edit");
  const who = (userId: string | null) =>
    detail.members.find((member) => member.userId === userId)?.name ?? t("money.imports.someone");
  const when = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short" });
  return (
    <Panel id="imports" title={t("money.imports.title")} flush>
      {imports.isError ? <Notice tone="danger">{errorText(imports.error)}</Notice> : null}
      {undo.isError ? (
        <Notice tone="danger" onClose={() => undo.reset()}>
          {errorText(undo.error)}
        </Notice>
      ) : null}
      <div className="table-scroll">
        <table className="table" data-testid="import-history">
          <thead>
            <tr>
              <th>{t("money.imports.when")}</th>
              <th>{t("money.imports.file")}</th>
              <th>{t("money.imports.books")}</th>
              <th className="numeric">{t("money.imports.rows")}</th>
              <th>{t("money.imports.who")}</th>
              <th>
                <span className="visually-hidden">{t("money.col.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((record) => {
              const mayUndo =
                canEdit && (record.partnerId === detail.organizationId || record.createdBy === me);
              return (
                <tr key={record.id}>
                  <td className="nowrap">{when.format(new Date(record.createdAt))}</td>
                  <td className="money-file-name">{record.fileName}</td>
                  <td>{nameOf(record.partnerId)}</td>
                  <td className="numeric">{record.rows}</td>
                  <td>{who(record.createdBy)}</td>
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      onClick={() => onShow(record.id)}
                    >
                      {t("money.imports.show")}
                    </button>
                    {mayUndo ? (
                      <ConfirmButton
                        label={t("money.imports.undo")}
                        question={t("money.imports.undoQuestion", {
                          file: record.fileName,
                          count: record.rows,
                        })}
                        disabled={undo.isPending}
                        onConfirm={() => undo.mutate(record)}
                      />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
