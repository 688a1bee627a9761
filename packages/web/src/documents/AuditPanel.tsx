// The project's audit log for producers, line producers and accountants: every recorded change, newest first,
// in words — who, when, what, to which document or partner — and above it, the verdict on the hash chain:
// intact, or broken at a numbered entry.
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { FormattedDate } from "react-intl";
import { api } from "../api/client.ts";
import type { AuditEntry, Contribution, ProjectDetail, ProjectDocument } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { EmptyState, Loading, Notice, Panel } from "../ui/layout.tsx";
import { useMoneyAuditText } from "../money/audit-text.ts";
import { moneyAuditSubject, moneyAuditWords } from "../money/audit-words.ts";
import { documentKeys } from "./queries.ts";

const firstShown = 25;

export function AuditPanel({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const [all, setAll] = useState(false);
  const audit = useQuery({ queryKey: documentKeys.audit(projectId), queryFn: () => api.audit(projectId) });
  // Shared with the documents and contributions panels: titles and partners to name the subjects.
  const documents = useQuery({
    queryKey: documentKeys.all(projectId),
    queryFn: () => api.documents(projectId),
  });
  const contributions = useQuery({
    queryKey: ["contributions", projectId],
    queryFn: () => api.contributions(projectId),
  });
  const describe = useDescribe(
    detail,
    documents.data?.documents ?? [],
    contributions.data?.contributions ?? [],
  );
  const entries = [...(audit.data?.entries ?? [])].reverse();
  const shown = all ? entries : entries.slice(0, firstShown);
  const verification = audit.data?.verification;
  return (
    <Panel id="audit" title={t("audit.title")} meta={audit.data ? String(entries.length) : undefined} flush>
      {audit.isPending ? <Loading /> : null}
      {audit.isError ? <Notice tone="danger">{errorText(audit.error)}</Notice> : null}
      {verification ? (
        <div
          className={`audit-verdict audit-verdict--${verification.ok ? "ok" : "broken"}`}
          role={verification.ok ? "status" : "alert"}
          data-testid="audit-verdict"
        >
          <span className="audit-verdict__mark" aria-hidden="true">
            {verification.ok ? "✓" : "!"}
          </span>
          <div>
            <div className="audit-verdict__text">
              {verification.ok
                ? t("audit.ok", { count: verification.length })
                : t("audit.broken", {
                    number: verification.index + 1,
                    problem: t(`audit.problem.${verification.problem}`),
                  })}
            </div>
            <div className="audit-verdict__detail">
              {verification.ok && verification.length > 0
                ? t("audit.okHead", { hash: verification.headHash })
                : t("audit.intro")}
            </div>
          </div>
        </div>
      ) : null}
      {audit.data && entries.length === 0 ? <EmptyState title={t("audit.empty")} /> : null}
      {entries.length > 0 ? (
        <div className="table-scroll">
          <table className="table audit-table" data-testid="audit">
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t("audit.column.number")}
                </th>
                <th scope="col">{t("audit.column.at")}</th>
                <th scope="col">{t("audit.column.actor")}</th>
                <th scope="col">{t("audit.column.action")}</th>
                <th scope="col">{t("audit.column.subject")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => {
                const broken = verification && !verification.ok && entry.index >= verification.index;
                return (
                  <tr key={entry.index} className={broken ? "is-broken" : undefined} title={entry.hash}>
                    <td className="numeric muted">{entry.index + 1}</td>
                    <td className="nowrap">
                      <FormattedDate value={entry.at} dateStyle="medium" timeStyle="medium" />
                    </td>
                    <td className="nowrap">{describe.actor(entry.actor)}</td>
                    <td>{describe.action(entry)}</td>
                    <td>{describe.subject(entry.subject)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {!all && entries.length > firstShown ? (
        <div className="panel__footnote">
          <button type="button" className="button button--ghost button--small" onClick={() => setAll(true)}>
            {t("audit.showAll", { count: entries.length })}
          </button>
        </div>
      ) : null}
    </Panel>
  );
}

/** Words for an entry's actor, action and subject, from the names the page already knows. */
function useDescribe(
  detail: ProjectDetail,
  documents: readonly ProjectDocument[],
  contributions: readonly Contribution[],
) {
  const t = useT();
  const { locale } = useLocale();
  const person = (userId: unknown) =>
    typeof userId === "string"
      ? (detail.members.find((member) => member.userId === userId)?.name ?? userId.slice(0, 8))
      : "";
  const studio = (organizationId: unknown) => {
    if (typeof organizationId !== "string") return "";
    const partner = detail.partners.find((row) => row.organizationId === organizationId);
    return partner ? pickText(partner.names, locale) : organizationId.slice(0, 8);
  };
  const field = (data: unknown, key: string): unknown =>
    data !== null && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
  // Budget versions, rate tables and the ledger say their events in the money part's words.
  const money = useMoneyAuditText((id) => studio(id));

  return {
    actor: (actor: string) => (actor === "system" ? t("audit.system") : person(actor)),
    action: (entry: AuditEntry): string => {
      const { data } = entry;
      switch (entry.action) {
        case "document.created":
          return t("audit.action.document.created");
        case "document.version":
          return field(data, "change") === "edited"
            ? t("audit.action.document.versionEdited")
            : t("audit.action.document.versionAdded");
        case "document.signed":
          return t("audit.action.document.signed", { studio: studio(field(data, "organizationId")) });
        case "document.file":
        case "document.file.remove":
          return t(`audit.action.${entry.action}`, { name: String(field(data, "name") ?? "") });
        case "consortium.rule-pack":
        case "consortium.rule-pack.remove":
          return t(`audit.action.${entry.action}`, { id: String(field(data, "id") ?? "") });
        case "partner.signatory":
          return field(data, "userId")
            ? t("audit.action.partner.signatory", {
                studio: studio(field(data, "organizationId")),
                name: person(field(data, "userId")),
              })
            : t("audit.action.partner.signatoryRemoved", { studio: studio(field(data, "organizationId")) });
        case "consortium.settings":
        case "consortium.shares":
        case "consortium.partner":
        case "consortium.rates":
        case "contribution.committed":
        case "contribution.delivered":
        case "contribution.withdrawn":
        case "cast-terms.set":
        case "schedule.optimized":
        case "schedule.published":
        case "schedule.settings-changed":
          return t(`audit.action.${entry.action}`);
        default: {
          const words = moneyAuditWords(entry.action, data);
          return words ? money(words) : entry.action;
        }
      }
    },
    subject: (subject: string): string => {
      const version = /^document:([^/]+)\/version:(\d+)$/.exec(subject);
      const document = /^document:([^/]+)$/.exec(subject);
      const documentId = version?.[1] ?? document?.[1];
      if (documentId) {
        const title = documents.find((row) => row.id === documentId)?.title ?? documentId.slice(0, 8);
        return version
          ? t("audit.subject.version", { title, number: Number(version[2]) })
          : t("audit.subject.document", { title });
      }
      const partner = /^partner:(.+)$/.exec(subject);
      if (partner) return t("audit.subject.partner", { studio: studio(partner[1]) });
      const contribution = /^contribution:([^/]+)(?:\/instalment:(\d+))?$/.exec(subject);
      if (contribution) {
        const owner = studio(contributions.find((row) => row.id === contribution[1])?.organizationId);
        return contribution[2]
          ? t("audit.subject.instalment", { studio: owner, number: Number(contribution[2]) + 1 })
          : t("audit.subject.contribution", { studio: owner });
      }
      if (subject.startsWith("project:")) return t("audit.subject.project");
      const moneySubject = moneyAuditSubject(subject);
      if (moneySubject) return money(moneySubject);
      return subject;
    },
  };
}
