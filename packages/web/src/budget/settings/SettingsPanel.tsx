// «Настройки» of a version: its name, kind, display currency and contingency; globals; units; fringes; groups;
// rates; the facts the rebate rules ask for. A locked version and a reader without budget.edit see them read-only.
import { useT } from "../../i18n/locale.tsx";
import { Notice } from "../../ui/layout.tsx";
import { useBudgetEditing } from "../editing.tsx";
import { FringesEditor } from "./FringesEditor.tsx";
import { GeneralEditor } from "./GeneralEditor.tsx";
import { GlobalsEditor } from "./GlobalsEditor.tsx";
import { GroupsEditor } from "./GroupsEditor.tsx";
import { RatesEditor } from "./RatesEditor.tsx";
import { RebateFactsEditor } from "./RebateFactsEditor.tsx";
import { UnitsEditor } from "./UnitsEditor.tsx";

export function SettingsPanel() {
  const t = useT();
  const { canEdit } = useBudgetEditing();
  return (
    <div className="budget-settings" data-testid="budget-settings">
      {canEdit ? null : <Notice>{t("budget.settings.readOnly")}</Notice>}
      <div className="budget-settings__columns">
        <GeneralEditor />
        <RatesEditor />
      </div>
      <GlobalsEditor />
      <UnitsEditor />
      <FringesEditor />
      <GroupsEditor />
      <RebateFactsEditor />
    </div>
  );
}
