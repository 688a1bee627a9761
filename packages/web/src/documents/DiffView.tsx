// What changed between a version and the one before it, as the parties read it: each changed term in words
// ("Стороны · Таджикфильм · доля") with its value before and after, from the server's diff of the terms.
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { Locale, TermsChange } from "../api/types.ts";
import { countryName, intlLocale, languageName } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText, useKnownText } from "../ui/errors.ts";
import { Loading, Notice } from "../ui/layout.tsx";
import { documentKeys } from "./queries.ts";

export function DiffView({
  projectId,
  documentId,
  from,
  to,
}: {
  projectId: string;
  documentId: string;
  from: number;
  to: number;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const diff = useQuery({
    queryKey: documentKeys.diff(projectId, documentId, from, to, locale),
    queryFn: () => api.documentDiff(projectId, documentId, from, to, locale),
  });
  return (
    <section className="doc-diff" aria-label={t("documents.diff.title", { from, to })} data-testid="diff">
      <h4 className="doc-diff__title">{t("documents.diff.title", { from, to })}</h4>
      {diff.isPending ? <Loading /> : null}
      {diff.isError ? <Notice tone="danger">{errorText(diff.error)}</Notice> : null}
      {diff.data && diff.data.changes.length === 0 ? (
        <p className="muted">{t("documents.diff.none")}</p>
      ) : null}
      {diff.data && diff.data.changes.length > 0 ? (
        <div className="table-scroll">
          <table className="table doc-diff__table">
            <thead>
              <tr>
                <th scope="col">{t("documents.diff.what")}</th>
                <th scope="col">{t("documents.diff.before")}</th>
                <th scope="col">{t("documents.diff.after")}</th>
              </tr>
            </thead>
            <tbody>
              {diff.data.changes.map((change) => (
                <ChangeRow key={change.path} change={change} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function ChangeRow({ change }: { change: TermsChange }) {
  const t = useT();
  const { locale } = useLocale();
  const knownText = useKnownText();
  const segments = parseLabel(change.label);
  const field = segments
    ? [...segments].reverse().find((segment) => segment.kind === "key")?.text
    : undefined;
  const words = segments
    ? segments
        .map((segment) =>
          segment.kind === "key"
            ? knownText(`documents.term.${segment.text}`, segment.text)
            : /^\d+$/.test(segment.text)
              ? t("documents.diff.item", { number: Number(segment.text) + 1 })
              : segment.text,
        )
        .join(" · ")
    : change.label;
  const show = (value: unknown) =>
    formatValue(value, field, locale, (key) => knownText(`documents.term.${key}`, key));
  return (
    <tr data-change={change.kind}>
      <th scope="row" className="doc-diff__what" title={change.path}>
        {words.charAt(0).toLocaleUpperCase(locale) + words.slice(1)}
        {change.kind !== "changed" ? (
          <span className={`badge badge--${change.kind === "added" ? "done" : "late"}`}>
            {change.kind === "added" ? t("documents.diff.added") : t("documents.diff.removed")}
          </span>
        ) : null}
      </th>
      <td className="doc-diff__before">
        {change.kind === "added" ? <span className="muted">—</span> : <del>{show(change.before)}</del>}
      </td>
      <td className="doc-diff__after">
        {change.kind === "removed" ? <span className="muted">—</span> : <ins>{show(change.after)}</ins>}
      </td>
    </tr>
  );
}

type Segment = { kind: "key" | "item"; text: string };

/** "parties[Таджикфильм].share" → key parties, item Таджикфильм, key share; null when it does not parse. */
export function parseLabel(label: string): Segment[] | null {
  const pattern = /([^.[\]]+)|\.([^.[\]]+)|\[([^\]]*)\]/y;
  const segments: Segment[] = [];
  let at = 0;
  while (at < label.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(label);
    if (!match) return null;
    if (match[3] !== undefined) segments.push({ kind: "item", text: match[3] });
    else segments.push({ kind: "key", text: (match[1] ?? match[2])! });
    at = pattern.lastIndex;
  }
  return segments.length > 0 ? segments : null;
}

function formatValue(
  value: unknown,
  field: string | undefined,
  locale: Locale,
  term: (key: string) => string,
): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) {
    return value.map((item) => formatValue(item, field, locale, term)).join(", ");
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== "organizationId")
      .map(([key, item]) => `${term(key)}: ${formatValue(item, key, locale, term)}`)
      .join("; ");
  }
  const text = String(value);
  if (field === "share") return `${text} %`;
  if (field === "countries") return countryName(text, locale);
  if (field === "languageVersions") return languageName(text, locale);
  if (field === "amount" && /^\d+(?:\.\d+)?$/.test(text)) {
    const digits = text.split(".")[1]?.length ?? 0;
    // The string overload of format() keeps every digit; TypeScript's lib still says number.
    return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: digits }).format(
      text as unknown as number,
    );
  }
  return text;
}
