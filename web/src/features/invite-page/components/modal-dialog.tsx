import { type ReactNode, useEffect, useRef } from "react";

/**
 * A modal on the native <dialog> (showModal): the browser traps focus, makes
 * the page behind inert and closes it on Escape, for no JavaScript of ours.
 * Shown while mounted; `onClose` when the client dismisses it.
 */
export function ModalDialog({
  titleId,
  descriptionId,
  onClose,
  children,
}: {
  titleId: string;
  descriptionId?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="access-dialog"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onClose={onClose}
    >
      {children}
    </dialog>
  );
}
