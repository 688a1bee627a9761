// The import of a ledger file in three steps: the file and whose books it goes into; the columns, as the server
// recognized them, each with a dropdown of what it holds; the preview with every row error by row and column.
// The server reads the file again at each step and writes nothing until «Импортировать», which takes every row
// or, with any bad cell, none.
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import type { ProjectDetail } from "../../api/types.ts";
import { useT } from "../../i18n/locale.tsx";
import { Panel } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import type { ActualsImport, ColumnMapping, ImportOptions, ImportPreview } from "../types.ts";
import { defaultBudget, useBudgets, useMoneyChanged } from "../queries.ts";
import { FileStep } from "./FileStep.tsx";
import { MappingStep } from "./MappingStep.tsx";
import { PreviewStep } from "./PreviewStep.tsx";
import { ImportDone } from "./ImportDone.tsx";

export type Step = "file" | "mapping" | "preview" | "done";

/** What the next reading of the file is asked with; the file's own choices (sheet, mapping) come after the first. */
export interface ReadSettings {
  file: File | null;
  partnerId: string;
  /** The budget whose accounts rows must name: null for the approved version, "" for no check. */
  budgetId: string | null;
  allowNegative: boolean;
  sheet: string;
  defaultCurrency: string;
  defaultCountry: string;
}

const steps: Step[] = ["file", "mapping", "preview"];

export function ImportWizard({ detail, onClose }: { detail: ProjectDetail; onClose: () => void }) {
  const t = useT();
  const projectId = detail.project.id;
  const changed = useMoneyChanged(projectId);
  const [step, setStep] = useState<Step>("file");
  const [settings, setSettings] = useState<ReadSettings>({
    file: null,
    partnerId: detail.organizationId,
    budgetId: null,
    allowNegative: false,
    sheet: "",
    defaultCurrency: "",
    defaultCountry: "",
  });
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const [sent, setSent] = useState(0);

  const budgets = useBudgets(projectId, detail.permissions.includes("budget.read"));
  const budgetId = settings.budgetId ?? (budgets.data ? defaultBudget(budgets.data)?.id : undefined);
  const options = (withMapping: boolean, sheet = settings.sheet): ImportOptions => ({
    file: settings.file!,
    partnerId: settings.partnerId,
    ...(withMapping ? { mapping } : {}),
    ...(budgetId ? { budgetId } : {}),
    ...(sheet ? { sheet } : {}),
    allowNegative: settings.allowNegative,
    allowDuplicate,
    ...(settings.defaultCurrency ? { defaultCurrency: settings.defaultCurrency } : {}),
    ...(settings.defaultCountry ? { defaultCountry: settings.defaultCountry } : {}),
  });

  const preview = useMutation({
    mutationFn: (input: { withMapping: boolean; next: Step; sheet?: string }) => {
      setSent(0);
      return moneyApi.previewImport(projectId, options(input.withMapping, input.sheet), setSent);
    },
    onSuccess: (answer: ImportPreview, input) => {
      setMapping(answer.mapping);
      if (answer.file.sheet) setSettings((current) => ({ ...current, sheet: answer.file.sheet ?? "" }));
      setStep(input.next);
    },
  });
  const commit = useMutation({
    mutationFn: () => {
      setSent(0);
      return moneyApi.commitImport(projectId, options(true), setSent);
    },
    onSuccess: async (_answer: { import: ActualsImport }) => {
      setStep("done");
      await changed();
    },
  });

  const read = (next: Step) => {
    commit.reset();
    preview.mutate({ withMapping: step !== "file", next });
  };

  return (
    <Panel
      id="import"
      title={t("money.import.title")}
      actions={
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t("common.close")}
        </button>
      }
    >
      {step !== "done" ? (
        <ol className="money-steps" aria-label={t("money.import.steps")}>
          {steps.map((entry, index) => (
            <li
              key={entry}
              className={
                entry === step ? "money-steps__step money-steps__step--current" : "money-steps__step"
              }
              aria-current={entry === step ? "step" : undefined}
            >
              <span className="money-steps__number">{index + 1}</span> {t(`money.import.step.${entry}`)}
            </li>
          ))}
        </ol>
      ) : null}
      {step === "file" ? (
        <FileStep
          detail={detail}
          settings={settings}
          onChange={(next) => {
            preview.reset();
            setSettings({ ...next, sheet: "" });
          }}
          onRead={() => read("mapping")}
          reading={preview}
          sent={sent}
        />
      ) : null}
      {step === "mapping" && preview.data ? (
        <MappingStep
          preview={preview.data}
          settings={settings}
          mapping={mapping}
          onMapping={setMapping}
          onSettings={setSettings}
          onSheet={(sheet) => {
            // Another sheet has other columns: read it afresh, its mapping detected again.
            setSettings((current) => ({ ...current, sheet }));
            preview.mutate({ withMapping: false, next: "mapping", sheet });
          }}
          onBack={() => setStep("file")}
          onNext={() => read("preview")}
          reading={preview}
          sent={sent}
        />
      ) : null}
      {step === "preview" && preview.data ? (
        <PreviewStep
          preview={preview.data}
          mapping={mapping}
          allowDuplicate={allowDuplicate}
          onAllowDuplicate={setAllowDuplicate}
          onBack={() => setStep("mapping")}
          onCommit={() => commit.mutate()}
          commit={commit}
          sent={sent}
        />
      ) : null}
      {step === "done" && commit.data ? (
        <ImportDone
          record={commit.data.import}
          detail={detail}
          onAnother={() => {
            preview.reset();
            commit.reset();
            setAllowDuplicate(false);
            setSettings((current) => ({ ...current, file: null, sheet: "" }));
            setStep("file");
          }}
          onClose={onClose}
        />
      ) : null}
    </Panel>
  );
}
