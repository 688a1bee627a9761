// Whether the project qualifies under each rule pack it selected: a meter of the points where the pack counts
// points, and every rule with its verdict and the reason in numbers — in the interface language, fetched again
// when the language changes and after every change on the page.
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { qualificationKey } from "./queries.ts";

export function QualificationPanel({ projectId }: { projectId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const qualification = useQuery({
    queryKey: qualificationKey(projectId, locale),
    queryFn: () => api.qualification(projectId, locale),
    placeholderData: (previous) => previous,
  });
  return (
    <Panel id="qualification" title={t("consortium.qualification.title")}>
      {qualification.isPending ? <Loading /> : null}
      {qualification.isError ? <Notice tone="danger">{errorText(qualification.error)}</Notice> : null}
      {qualification.data?.packs.length === 0 ? (
        <p className="panel__empty">{t("consortium.qualification.none")}</p>
      ) : null}
      <div className="qualification" data-testid="qualification">
        {qualification.data?.packs.map((pack) => (
          <section key={pack.id} className={`qualification__pack${pack.pass ? " is-pass" : " is-fail"}`}>
            <header className="qualification__header">
              <h3>{pack.name}</h3>
              <span className={`verdict verdict--${pack.pass ? "pass" : "fail"}`}>
                {pack.pass ? t("consortium.qualification.pass") : t("consortium.qualification.fail")}
              </span>
            </header>
            {pack.points !== null && pack.required !== null ? (
              <div
                className="meter"
                aria-label={t("consortium.qualification.points", {
                  points: pack.points,
                  required: pack.required,
                })}
              >
                <meter
                  min={0}
                  max={Math.max(pack.required, pack.points)}
                  low={pack.required - 0.5}
                  optimum={pack.required}
                  value={pack.points}
                />
                <span>
                  {t("consortium.qualification.points", { points: pack.points, required: pack.required })}
                </span>
              </div>
            ) : null}
            <ul className="rule-list">
              {pack.rules.map((rule) => (
                <li key={rule.id} className={rule.pass ? "rule rule--pass" : "rule rule--fail"}>
                  <span className="rule__mark" aria-hidden>
                    {rule.pass ? "✓" : "✗"}
                  </span>
                  <span className="visually-hidden">
                    {rule.pass ? t("consortium.qualification.pass") : t("consortium.qualification.fail")}
                  </span>
                  <span>{rule.message}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Panel>
  );
}
