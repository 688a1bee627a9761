// The agreed shares beside what each partner has delivered, and — for a producer — the form that changes them.
import { useState } from "react";
import type { Consortium } from "../api/types.ts";
import { formatDecimalMoney } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { Panel } from "../ui/layout.tsx";
import { ShareChart } from "./ShareChart.tsx";
import { SharesForm } from "./SharesForm.tsx";
import { sumDecimals } from "./percent.ts";

export function SharesPanel({
  projectId,
  consortium,
  canEdit,
}: {
  projectId: string;
  consortium: Consortium;
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [isEditing, setIsEditing] = useState(false);
  const committed = sumDecimals(consortium.partners.map((partner) => partner.committed ?? "0"));
  return (
    <Panel
      id="shares"
      title={t("consortium.shares.title")}
      actions={
        canEdit && !isEditing ? (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setIsEditing(true)}
          >
            {t("common.edit")}
          </button>
        ) : null
      }
    >
      {isEditing ? (
        <SharesForm projectId={projectId} partners={consortium.partners} onDone={() => setIsEditing(false)} />
      ) : (
        <ShareChart partners={consortium.partners} />
      )}
      {committed && committed !== "0" ? (
        <p className="field__hint">
          {t("consortium.shares.hint", {
            committed: formatDecimalMoney(committed, consortium.reportingCurrency, locale),
          })}
        </p>
      ) : null}
    </Panel>
  );
}
