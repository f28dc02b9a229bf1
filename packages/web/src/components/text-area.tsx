import { type ReactNode, type Ref, type TextareaHTMLAttributes, useId, useRef } from 'react';
import { markRuns } from '../lib/coach-edit';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  /** Extra classes for the textarea itself (e.g. a feature's own height). */
  inputClassName?: string;
  /** Words to mark inside the field as the person types (a coach's findings); drawn behind the text. */
  marks?: readonly { start: number; end: number; active?: boolean }[] | undefined;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line field; its hint and error are read with it. */
export function TextArea({
  label,
  hint,
  error,
  optional,
  className,
  inputClassName,
  marks,
  onScroll,
  ...rest
}: TextAreaProps) {
  const id = useId();
  const backdrop = useRef<HTMLDivElement>(null);
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const input = (
    <textarea
      {...rest}
      id={id}
      className={['field-input field-textarea', inputClassName ?? ''].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
      onScroll={(event) => {
        if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
        onScroll?.(event);
      }}
    />
  );
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field-label" htmlFor={id}>
        {label}
        {optional ? <span className="field-optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {marks ? (
        // The marks are drawn in a copy of the text that sits exactly behind the (transparent) field and scrolls
        // with it, so they move with the words as the person types. Screen readers get the notes below instead.
        <div className="field-marked">
          <div className="field-backdrop field-input field-textarea" ref={backdrop} aria-hidden="true">
            {markRuns(String(rest.value ?? ''), marks).map((run, i) => (
              // The copy's words are drawn from `data-text` by CSS, so they are not text in the page: find-in-page
              // and text lookups meet the person's words once, in the field.
              <Run
                // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and redrawn on every change
                key={i}
                text={run.text}
                className={
                  run.marked ? (run.active ? 'field-mark field-mark-active' : 'field-mark') : undefined
                }
              />
            ))}
            {/* A trailing line break in a field still takes a line; this keeps the copy the same height. */}
            <Run text={'\u200b'} />
          </div>
          {input}
        </div>
      ) : (
        input
      )}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Run({ text, className }: { text: string; className?: string | undefined }) {
  return className ? <mark className={className} data-text={text} /> : <span data-text={text} />;
}
