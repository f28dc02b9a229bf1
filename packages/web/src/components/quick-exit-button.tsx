import { useQueryClient } from '@tanstack/react-query';
import { quickExit } from '../lib/quick-exit';

export function QuickExitButton() {
  const queryClient = useQueryClient();
  return (
    <button
      type="button"
      className="quick-exit"
      aria-keyshortcuts="Escape"
      onClick={() => quickExit(queryClient)}
    >
      Quick exit
      <span className="quick-exit-key" aria-hidden="true">
        Esc
      </span>
    </button>
  );
}
