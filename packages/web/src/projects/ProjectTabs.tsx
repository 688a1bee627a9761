// The project's sections as tabs under its header: overview, scripts, breakdown, locations, the schedule (КПП),
// consortium, the budget and cost accounting.
import { NavLink } from "react-router-dom";
import { useT } from "../i18n/locale.tsx";

export function ProjectTabs({ projectId }: { projectId: string }) {
  const t = useT();
  const tabs = [
    { to: `/projects/${projectId}`, label: t("projectTabs.overview"), end: true },
    { to: `/projects/${projectId}/scripts`, label: t("projectTabs.scripts"), end: false },
    { to: `/projects/${projectId}/breakdown`, label: t("projectTabs.breakdown"), end: false },
    { to: `/projects/${projectId}/locations`, label: t("projectTabs.locations"), end: false },
    { to: `/projects/${projectId}/schedule`, label: t("projectTabs.schedule"), end: false },
    { to: `/projects/${projectId}/call-sheets`, label: t("projectTabs.callSheets"), end: false },
    { to: `/projects/${projectId}/consortium`, label: t("projectTabs.consortium"), end: false },
    { to: `/projects/${projectId}/budget`, label: t("projectTabs.budget"), end: false },
    { to: `/projects/${projectId}/money`, label: t("projectTabs.money"), end: false },
  ];
  return (
    <nav className="project-tabs" aria-label={t("projectTabs.label")}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end={tab.end} className="project-tabs__tab">
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
