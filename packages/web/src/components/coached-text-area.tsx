import type { Finding } from '@mend/domain/coach/index';
import { type ComponentProps, type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { applySuggestion } from '../lib/coach-edit';
import { Button } from './button';
import { TextArea } from './text-area';

type Props = Omit<ComponentProps<typeof TextArea>, 'value' | 'onChange' | 'marks' | 'ref'> & {
  value: string;
  onText: (text: string) => void;
  /** The coach's findings on `value`; `null` while the coach is loading or has nothing to read. */
  findings: readonly Finding[] | null;
  /** Shown under the notes (e.g. the apology's four parts). */
  children?: ReactNode;
};

/**
 * A field a language coach reads along with: the words it marks are highlighted inside the field as the person
 * types; the note for the words under the cursor is brought forward; a suggestion is one tap away ("Use this"),
 * and one more tap undoes it. It never blocks sending, and nothing leaves the device to be checked.
 */
export function CoachedTextArea({ value, onText, findings, children, ...field }: Props) {
  const input = useRef<HTMLTextAreaElement>(null);
  // The last place of the cursor in the field. It is kept when the field loses focus, so tapping the note's own
  // "Use this" does not shift the note (and the button) away from under the finger mid-tap.
  const [caret, setCaret] = useState<number | null>(null);
  // What "Undo" puts back: the text before "Use this". It is offered while the person only fills in the suggestion
  // (the words before and after the rewritten sentence are as they were), so typing into the blank keeps it.
  const [undo, setUndo] = useState<{ before: string; head: string; tail: string } | null>(null);
  const pendingSelection = useRef<[number, number] | null>(null);
  const marks = findings ?? [];
  const active = caret === null ? -1 : marks.findIndex((f) => f.start <= caret && caret <= f.end);

  useLayoutEffect(() => {
    const select = pendingSelection.current;
    if (!select || !input.current) return;
    pendingSelection.current = null;
    // Back to the field, with the blank selected so typing fills it in; scrolled only as far as needed.
    input.current.focus({ preventScroll: true });
    input.current.setSelectionRange(select[0], select[1]);
    input.current.scrollIntoView?.({ block: 'nearest' });
    setCaret(select[0]);
  });

  const readCaret = (e: { currentTarget: HTMLTextAreaElement }) => setCaret(e.currentTarget.selectionStart);
  const use = (f: Finding) => {
    const next = applySuggestion(value, f);
    const [from, to] = next.replaced;
    pendingSelection.current = next.select;
    setUndo({ before: value, head: value.slice(0, from), tail: value.slice(to) });
    // Typed into the field as an edit of its own, so the browser's undo (Ctrl+Z, shake to undo) takes it back too;
    // where the browser cannot (no execCommand), the text is simply set.
    if (!typeInto(input.current, from, to, next.text.slice(from, next.text.length - (value.length - to))))
      onText(next.text);
  };
  const undoUse = () => {
    if (!undo) return;
    pendingSelection.current = [undo.before.length, undo.before.length];
    onText(undo.before);
    setUndo(null);
  };

  return (
    <>
      <TextArea
        {...field}
        ref={input}
        value={value}
        marks={marks.map((f, i) => ({ start: f.start, end: f.end, active: i === active }))}
        onChange={(e) => {
          onText(e.target.value);
          readCaret(e);
        }}
        onSelect={readCaret}
        onFocus={readCaret}
      />
      {undo &&
      value !== undo.before &&
      value.length >= undo.head.length + undo.tail.length &&
      value.startsWith(undo.head) &&
      value.endsWith(undo.tail) ? (
        <p className="coach-undo" role="status">
          The coach's wording is in. Fill in the blanks your way, or put your own sentence back.{' '}
          <Button variant="quiet" onClick={undoUse}>
            Undo
          </Button>
        </p>
      ) : null}
      {marks.length > 0 || children ? (
        <div className="coach-notes" aria-live="polite">
          {marks.length > 0 ? (
            <ul className="coach-findings" aria-label="What the coach noticed">
              {marks.map((f, i) => (
                <li
                  key={`${f.kind}-${f.start}-${f.end}`}
                  className={i === active ? 'coach-finding coach-finding-active' : 'coach-finding'}
                  aria-current={i === active ? 'true' : undefined}
                >
                  <p>
                    <mark className="field-mark">{value.slice(f.start, f.end)}</mark> — {f.message}
                  </p>
                  {f.suggestion ? (
                    <p className="coach-suggestion">
                      <span>Try: “{f.suggestion}”</span>{' '}
                      <Button variant="secondary" onClick={() => use(f)}>
                        Use this
                        <span className="visually-hidden"> wording for “{value.slice(f.start, f.end)}”</span>
                      </Button>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {children}
          <p className="small">The coach only advises, on this device. You decide what to send.</p>
        </div>
      ) : null}
    </>
  );
}

/**
 * Replaces [from, to) of the field with `text` the way typing would: one step on the browser's own undo stack, and
 * an input event that reaches React's onChange. Answers false where the browser offers no such edit.
 */
function typeInto(field: HTMLTextAreaElement | null, from: number, to: number, text: string): boolean {
  if (!field || typeof document.execCommand !== 'function') return false;
  field.focus({ preventScroll: true });
  field.setSelectionRange(from, to);
  try {
    // Deprecated in name only: it is still the one way to make an edit the field's own undo knows about.
    return document.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}
