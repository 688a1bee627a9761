// The rules the board breaks and what the scheduler still lacks, grouped by kind with the scenes, actors and dates
// each names: a second director reads it as a to-do list before publishing.
import type { Board } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { Panel } from "../ui/layout.tsx";
import { fromProblem, fromViolation, useIssueGroups, useIssueSubjects, type IssueGroup } from "./issues.ts";

/** How many issues of a kind are named one by one before "and N more". */
const shownPerGroup = 12;

export function IssuesPanel({ board }: { board: Board }) {
  const t = useT();
  const groupsOf = useIssueGroups();
  const problems = groupsOf(board.problems.map(fromProblem));
  const violations = groupsOf(board.violations.map(fromViolation));
  if (problems.length === 0 && violations.length === 0) return null;
  return (
    <Panel
      id="schedule-issues"
      title={t("schedule.issues.title")}
      meta={String(board.problems.length + board.violations.length)}
    >
      <div className="issues" data-testid="schedule-issues">
        {problems.length > 0 ? (
          <IssueList board={board} tone="problem" title={t("schedule.issues.problems")} groups={problems} />
        ) : null}
        {violations.length > 0 ? (
          <IssueList
            board={board}
            tone="violation"
            title={t("schedule.issues.violations")}
            groups={violations}
          />
        ) : null}
      </div>
    </Panel>
  );
}

function IssueList({
  board,
  tone,
  title,
  groups,
}: {
  board: Board;
  tone: "problem" | "violation";
  title: string;
  groups: readonly IssueGroup[];
}) {
  const t = useT();
  const subjectsOf = useIssueSubjects(board);
  return (
    <section className={`issues__section issues__section--${tone}`}>
      <h3 className="issues__heading">{title}</h3>
      <ul className="issues__list">
        {groups.map((group) => {
          const subjects = group.issues.flatMap((issue) => {
            const named = subjectsOf(issue);
            return named.length > 0 ? [named.join(" · ")] : [];
          });
          return (
            <li key={group.code} className="issues__group" data-code={group.code}>
              <div className="issues__title">
                <span>{group.title}</span>
                {group.issues.length > 1 ? (
                  <span className="issues__count">{group.issues.length}</span>
                ) : null}
              </div>
              {subjects.length > 0 ? (
                <div className="issues__subjects">
                  {subjects.slice(0, shownPerGroup).map((subject, index) => (
                    <span key={index} className="issues__subject">
                      {subject}
                    </span>
                  ))}
                  {subjects.length > shownPerGroup ? (
                    <span className="issues__more">
                      {t("schedule.issues.more", { count: subjects.length - shownPerGroup })}
                    </span>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
