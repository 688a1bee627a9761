// What keeps the actual shares from being computed (shares not agreed, a rate missing), said by its code in the
// interface language; a code this version does not know is shown as the server worded it.
import type { ConsortiumProblem } from "../api/types.ts";
import { formatIsoDate } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { Notice } from "../ui/layout.tsx";

export function ConsortiumProblems({ problems }: { problems: readonly ConsortiumProblem[] }) {
  const t = useT();
  const { locale } = useLocale();
  const say = (problem: ConsortiumProblem): string => {
    const currency = String(problem.params.currency ?? "");
    const date = problem.params.date;
    switch (problem.code) {
      case "shares_not_agreed":
        return t("consortium.problem.sharesNotAgreed");
      case "missing_rate":
        return date
          ? t("consortium.problem.missingRate", { currency, date: formatIsoDate(String(date), locale) })
          : t("consortium.problem.missingRateAnyDate", { currency });
      case "ambiguous_rate":
        return t("consortium.problem.ambiguousRate", { currency });
      default:
        return problem.message;
    }
  };
  return (
    <>
      {problems.map((problem) => (
        <Notice key={`${problem.code}-${JSON.stringify(problem.params)}`} tone="warning">
          {say(problem)}
        </Notice>
      ))}
    </>
  );
}
