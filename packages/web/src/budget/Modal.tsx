// A modal dialog on the browser's <dialog>: Esc or the backdrop's close button closes it, focus stays inside.
import { useEffect, useRef, type ReactNode } from "react";

export function Modal({
  title,
  onClose,
  children,
  testId,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="budget-dialog"
      aria-labelledby="budget-dialog-title"
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 className="budget-dialog__title" id="budget-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
