import { Dialog as RadixDialog } from "radix-ui";
import { type ReactNode, useRef } from "react";
import { Button } from "./button";

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom; a Cancel button is usually <DialogClose>. */
  footer?: ReactNode;
}

/**
 * The control that opened a dialog, to give focus back to on close. A menu
 * item is gone once its menu closes, so a dialog opened from a menu returns to
 * the menu's button (Radix names it in the menu's aria-labelledby).
 */
function openerOf(active: Element | null): HTMLElement | null {
  if (!(active instanceof HTMLElement) || active === document.body) return null;
  const menu = active.closest('[role="menu"]');
  const triggerId = menu?.getAttribute("aria-labelledby");
  const trigger = triggerId ? document.getElementById(triggerId) : null;
  return trigger ?? active;
}

/**
 * Modal dialog: focus trapped, Escape closes, title and description announced.
 * On close, focus goes back to the control that opened it: our dialogs are
 * opened from state, not from a Radix Trigger, so Radix alone would drop focus
 * on the page body.
 */
export function Dialog({ open, onOpenChange, title, description, children, footer }: DialogProps) {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Read while rendering the opening: before the dialog moves focus inside itself.
  if (open && !wasOpen.current) opener.current = openerOf(document.activeElement);
  wasOpen.current = open;

  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className="dialog-content"
          onCloseAutoFocus={(event) => {
            const target = opener.current;
            // Gone (e.g. the dialog's action left the page): let the page decide.
            if (!target?.isConnected) return;
            event.preventDefault();
            target.focus();
          }}
        >
          <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
          {description ? (
            <RadixDialog.Description className="dialog-description">
              {description}
            </RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="visually-hidden">{title}</RadixDialog.Description>
          )}
          {children}
          {footer && <div className="dialog-footer">{footer}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

export const DialogClose = RadixDialog.Close;

/** A dialog form's buttons: Cancel closes the dialog; the submit button shows the form is busy. */
export function DialogFormActions({
  submitLabel,
  busy,
}: {
  submitLabel: ReactNode;
  busy: boolean;
}) {
  return (
    <div className="form-actions">
      <DialogClose asChild>
        <Button variant="secondary">Cancel</Button>
      </DialogClose>
      <Button type="submit" busy={busy}>
        {submitLabel}
      </Button>
    </div>
  );
}
