import { type ReactNode, useEffect, useId, useRef } from 'react';
import { QuickExitButton } from './quick-exit-button';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
}

/**
 * A modal dialog, shown while mounted. Esc closes the dialog (not Mend), so the dialog carries its
 * own quick-exit button.
 */
export function Dialog({ title, onClose, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog-top">
        <h2 className="dialog-title" id={titleId}>
          {title}
        </h2>
        <QuickExitButton />
      </div>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}
