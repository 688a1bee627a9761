// A day's call sheet on screen, section by section as the PDF prints it: calls, sun and weather; locations with
// map, zone and hospital; contacts; scenes; cast with their times and DOOD codes; background and special
// requirements; crew calls by department; the advance schedule; notes.
import type { ReactNode } from "react";
import { useLocale, useT } from "../i18n/locale.tsx";
import { categoryName, useCategories } from "../breakdown/queries.ts";
import { Panel } from "../ui/layout.tsx";
import type { SheetContent, SheetScene } from "./api.ts";
import { ShootingDate, useDepartmentName, useSceneTime } from "./labels.tsx";

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "facts__item facts__item--wide" : "facts__item"}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const dash = <span className="muted">—</span>;

function ScenesTable({ scenes, withSynopsis }: { scenes: readonly SheetScene[]; withSynopsis: boolean }) {
  const t = useT();
  const sceneTime = useSceneTime();
  return (
    <table className="table call-sheet-table">
      <thead>
        <tr>
          <th scope="col">{t("callSheets.column.scene")}</th>
          <th scope="col">{t("callSheets.column.set")}</th>
          <th scope="col">{t("callSheets.column.cast")}</th>
          <th scope="col" className="numeric">
            {t("callSheets.column.pages")}
          </th>
          {withSynopsis ? <th scope="col">{t("callSheets.column.synopsis")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {scenes.map((scene) => (
          <tr key={scene.id}>
            <td className="table__strong">{scene.label}</td>
            <td>
              {scene.set}
              <div className="muted small">
                {[sceneTime(scene), scene.location].filter(Boolean).join(" · ")}
              </div>
            </td>
            <td>{scene.castBoardIds.join(", ") || dash}</td>
            <td className="numeric">{scene.pages}</td>
            {withSynopsis ? <td>{scene.synopsis ?? dash}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SheetView({ projectId, sheet }: { projectId: string; sheet: SheetContent }) {
  const t = useT();
  const { locale } = useLocale();
  const departmentName = useDepartmentName();
  const categories = useCategories(projectId);
  const sun = (time: string | null, allDay: "light" | "dark" | null) =>
    time ?? (allDay ? t(allDay === "light" ? "callSheets.polarDay" : "callSheets.polarNight") : "—");
  const first = sheet.locations[0];
  return (
    <div className="call-sheet" data-testid="call-sheet">
      <dl className="facts call-sheet-calls">
        <Fact label={t("callSheets.crewCall")}>
          <span className="call-sheet-calls__time">{sheet.crewCall}</span>
        </Fact>
        <Fact label={t("callSheets.shootingCall")}>
          <span className="call-sheet-calls__time">{sheet.shootingCall ?? "—"}</span>
        </Fact>
        <Fact label={t("callSheets.estimatedWrap")}>{sheet.estimatedWrap}</Fact>
        <Fact label={t("callSheets.sunrise")}>{sun(sheet.sunrise, first?.allDay ?? null)}</Fact>
        <Fact label={t("callSheets.sunset")}>{sun(sheet.sunset, first?.allDay ?? null)}</Fact>
        <Fact label={t("callSheets.weather")} wide>
          {sheet.weather ?? dash}
        </Fact>
      </dl>

      <div className="columns">
        <Panel id="call-sheet-locations" title={t("callSheets.locations")}>
          {sheet.locations.length === 0 ? <p className="muted">{t("callSheets.noLocation")}</p> : null}
          {sheet.locations.map((location) => (
            <div key={location.id} className="call-sheet-location">
              <div className="table__strong">{location.name}</div>
              {location.address ? <div>{location.address}</div> : null}
              <div className="muted small">
                {t("callSheets.timeZone")}: {location.timeZone}
                {location.latitude !== null
                  ? ` · ${t("callSheets.sunrise")} ${sun(location.sunrise, location.allDay)} · ${t("callSheets.sunset")} ${sun(location.sunset, location.allDay)}`
                  : ` · ${t("callSheets.noCoordinates")}`}
              </div>
              {location.mapUrl ? (
                <a href={location.mapUrl} target="_blank" rel="noreferrer noopener">
                  {t("callSheets.map")}
                </a>
              ) : null}
              <div className="call-sheet-location__hospital">
                <span className="muted small">{t("callSheets.hospital")}: </span>
                {location.hospital
                  ? [location.hospital.name, location.hospital.address, location.hospital.phone]
                      .filter(Boolean)
                      .join(", ")
                  : dash}
              </div>
            </div>
          ))}
          {sheet.parking ? (
            <p className="small">
              {t("callSheets.parking")}: {sheet.parking}
            </p>
          ) : null}
          {sheet.basecamp ? (
            <p className="small">
              {t("callSheets.basecamp")}: {sheet.basecamp}
            </p>
          ) : null}
        </Panel>
        <Panel id="call-sheet-contacts" title={t("callSheets.keyContacts")}>
          {sheet.keyContacts.length === 0 ? <p className="muted">{t("callSheets.noContacts")}</p> : null}
          <ul className="call-sheet-list">
            {sheet.keyContacts.map((contact, index) => (
              <li key={index}>
                <span className="muted">{contact.role}:</span> {contact.name}
                {contact.phone ? `, ${contact.phone}` : ""}
              </li>
            ))}
          </ul>
        </Panel>
      </div>

      <Panel
        id="call-sheet-scenes"
        title={t("callSheets.scenes")}
        meta={t("callSheets.scenesMeta", { scenes: sheet.totals.scenes, pages: sheet.totals.pages })}
        flush
      >
        <ScenesTable scenes={sheet.scenes} withSynopsis />
      </Panel>

      {sheet.cast.length > 0 ? (
        <Panel id="call-sheet-cast" title={t("callSheets.cast")} flush>
          <table className="table call-sheet-table" data-testid="call-sheet-cast">
            <thead>
              <tr>
                <th scope="col">№</th>
                <th scope="col">{t("callSheets.column.character")}</th>
                <th scope="col">{t("callSheets.column.actor")}</th>
                <th scope="col">DOOD</th>
                <th scope="col">{t("callSheets.pickup")}</th>
                <th scope="col">{t("callSheets.makeup")}</th>
                <th scope="col">{t("callSheets.onSet")}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.cast.map((member) => (
                <tr key={member.elementId}>
                  <td className="table__strong">{member.boardId ?? "—"}</td>
                  <td>{member.character}</td>
                  <td>{member.actor ?? dash}</td>
                  <td>
                    <span className={`dood-status dood-status--${member.status.toLowerCase()}`}>
                      {member.status}
                    </span>
                  </td>
                  <td>{member.pickup ?? dash}</td>
                  <td>{member.makeup ?? dash}</td>
                  <td>{member.onSet ?? dash}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      ) : null}

      {sheet.requirements.length > 0 ? (
        <Panel id="call-sheet-requirements" title={t("callSheets.requirements")} flush>
          <table className="table call-sheet-table">
            <tbody>
              {sheet.requirements.flatMap((group) =>
                group.items.map((item, index) => (
                  <tr key={`${group.category}-${item.elementId}`}>
                    <td className="table__strong">
                      {index === 0 ? categoryName(categories.data?.categories, group.category, locale) : ""}
                    </td>
                    <td>{item.name}</td>
                    <td className="muted small">{item.scenes.join(", ")}</td>
                    <td className="numeric">{item.count ?? ""}</td>
                    <td>{item.call ?? ""}</td>
                    <td>{item.note ?? ""}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </Panel>
      ) : null}

      {sheet.crewCalls.length > 0 ? (
        <Panel id="call-sheet-crew" title={t("callSheets.crewCalls")} flush>
          <table className="table call-sheet-table">
            <thead>
              <tr>
                <th scope="col">{t("callSheets.column.department")}</th>
                <th scope="col">{t("callSheets.column.call")}</th>
                <th scope="col">{t("callSheets.column.people")}</th>
              </tr>
            </thead>
            <tbody>
              {sheet.crewCalls.map((call) => (
                <tr key={call.department}>
                  <td className="table__strong">{departmentName(call.department)}</td>
                  <td>{call.call}</td>
                  <td>
                    {call.people
                      .map((person) => (person.phone ? `${person.name}, ${person.phone}` : person.name))
                      .join("; ") || dash}
                    {call.note ? <div className="muted small">{call.note}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      ) : null}

      {sheet.advance.length > 0 ? (
        <Panel id="call-sheet-advance" title={t("callSheets.advance")} flush>
          {sheet.advance.map((day) => (
            <div key={`${day.dayNumber}-${day.unit}`} className="call-sheet-advance">
              <div className="call-sheet-advance__title">
                {t("callSheets.dayOf", { day: day.dayNumber, days: sheet.dayCount })} ·{" "}
                <ShootingDate date={day.date} /> · {day.unit} · {day.locations.join(", ")} ·{" "}
                {t("callSheets.pagesShort", { pages: day.pages })}
              </div>
              <ScenesTable scenes={day.scenes} withSynopsis={false} />
            </div>
          ))}
        </Panel>
      ) : null}

      {sheet.notes ? (
        <Panel id="call-sheet-notes" title={t("callSheets.notes")}>
          <p className="call-sheet-notes">{sheet.notes}</p>
        </Panel>
      ) : null}
    </div>
  );
}
