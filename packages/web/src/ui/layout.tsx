// Page furniture shared by every screen: headers, panels, notices, empty and loading states.
import { useEffect, type ReactNode } from "react";
import { useT } from "../i18n/locale.tsx";

export function PageHeader({
  title,
  subtitle,
  actions,
  before,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  before?: ReactNode;
}) {
  return (
    <header className="page-header">
      {before}
      <div className="page-header__row">
        <div>
          <h1 className="page-header__title">{title}</h1>
          {subtitle ? <div className="page-header__subtitle">{subtitle}</div> : null}
        </div>
        {actions ? <div className="page-header__actions">{actions}</div> : null}
      </div>
    </header>
  );
}

export function Panel({
  title,
  meta,
  actions,
  children,
  id,
  flush,
}: {
  title: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
  flush?: boolean;
}) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className="panel" id={id} aria-labelledby={headingId}>
      <header className="panel__header">
        <h2 className="panel__title" id={headingId}>
          {title}
          {meta ? <span className="panel__meta">{meta}</span> : null}
        </h2>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      <div className={flush ? "panel__body panel__body--flush" : "panel__body"}>{children}</div>
    </section>
  );
}

export function Notice({
  tone = "info",
  children,
  onClose,
}: {
  tone?: "info" | "success" | "warning" | "danger";
  children: ReactNode;
  onClose?: () => void;
}) {
  const t = useT();
  return (
    <div className={`notice notice--${tone}`} role={tone === "danger" ? "alert" : "status"}>
      <div className="notice__text">{children}</div>
      {onClose ? (
        <button type="button" className="notice__close" onClick={onClose} aria-label={t("common.close")}>
          ×
        </button>
      ) : null}
    </div>
  );
}

export function Loading() {
  const t = useT();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      {t("common.loading")}
    </div>
  );
}

export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="empty">
      <div className="empty__title">{title}</div>
      {children ? <div className="empty__text">{children}</div> : null}
    </div>
  );
}

/** Names the browser tab after the page: "Искра — Kinomost". */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = !title ? "Kinomost" : title.includes("Kinomost") ? title : `${title} — Kinomost`;
  }, [title]);
}
