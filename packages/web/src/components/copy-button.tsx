import { useState } from 'react';
import { Button } from './button';

/** Copies `text`; says so in a live region, and admits it when the browser refuses. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <Button variant="secondary" onClick={copy}>
        {label}
      </Button>
      <span className="copy-state" role="status">
        {state === 'copied'
          ? 'Copied.'
          : state === 'failed'
            ? 'Could not copy. Select the text instead.'
            : ''}
      </span>
    </span>
  );
}
