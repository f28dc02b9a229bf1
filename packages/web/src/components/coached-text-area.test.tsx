import type { Finding } from '@mend/domain/coach/index';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CoachedTextArea } from './coached-text-area';

// A stand-in coach: marks every "never" and suggests an I-statement.
function findingsOf(text: string): Finding[] {
  return [...text.matchAll(/never/g)].map((m) => ({
    kind: 'absolute',
    start: m.index,
    end: m.index + 5,
    message: 'One moment is easier to hear than "never".',
    suggestion: 'When you …, I felt …',
  }));
}

function Harness({ initial = '' }: { initial?: string }) {
  const [text, setText] = useState(initial);
  return (
    <>
      <CoachedTextArea label="Your words" value={text} onText={setText} findings={findingsOf(text)} />
      <output data-testid="text">{text}</output>
    </>
  );
}

const field = () => screen.getByLabelText('Your words') as HTMLTextAreaElement;

describe('CoachedTextArea', () => {
  it('marks the words inside the field as the person types, and says why below it', async () => {
    render(<Harness />);
    await userEvent.type(field(), 'You never call. I miss you.');
    const backdrop = document.querySelector('.field-backdrop');
    expect(backdrop?.getAttribute('aria-hidden')).toBe('true');
    const runs = [...(backdrop?.querySelectorAll('[data-text]') ?? [])];
    expect(runs.filter((r) => r.tagName === 'MARK').map((m) => m.getAttribute('data-text'))).toEqual([
      'never',
    ]);
    // The copy behind the field draws exactly the field's text, so the marks sit under the right words; it is
    // drawn by CSS, not text in the page, so the person's words are found once.
    expect(runs.map((r) => r.getAttribute('data-text')).join('')).toBe('You never call. I miss you.\u200b');
    expect(backdrop?.textContent).toBe('');
    const notes = screen.getByRole('list', { name: 'What the coach noticed' });
    expect(notes.textContent).toContain('One moment is easier to hear');
  });

  it('brings forward the note for the words under the cursor', async () => {
    render(<Harness initial="I miss you. You never call." />);
    const input = field();
    await userEvent.click(input);
    input.setSelectionRange(input.value.length, input.value.length);
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('listitem').getAttribute('aria-current')).toBeNull();
    expect(document.querySelector('.field-mark-active')).toBeNull();
    // Back into "never" (it ends 6 characters before the end).
    await userEvent.keyboard('{ArrowLeft>8/}');
    expect(screen.getByRole('listitem').getAttribute('aria-current')).toBe('true');
    expect(document.querySelector('.field-backdrop .field-mark-active')?.getAttribute('data-text')).toBe(
      'never',
    );
    // Leaving the field (say, to tap this note's "Use this") keeps the note where it is, so it does not move away
    // from under the finger mid-tap.
    await userEvent.tab();
    expect(document.activeElement).not.toBe(input);
    expect(screen.getByRole('listitem').getAttribute('aria-current')).toBe('true');
  });

  it('puts the suggestion in with one tap, ready to fill in, and undoes it with another', async () => {
    render(<Harness initial="I miss you. You never call. See you soon." />);
    await userEvent.click(screen.getByRole('button', { name: /Use this/ }));
    expect(screen.getByTestId('text').textContent).toBe('I miss you. When you …, I felt …. See you soon.');
    const input = field();
    expect(document.activeElement).toBe(input);
    expect(input.value.slice(input.selectionStart, input.selectionEnd)).toBe('…');
    // Typing goes into the blank.
    await userEvent.keyboard('forget our dinner');
    expect(screen.getByTestId('text').textContent).toBe(
      'I miss you. When you forget our dinner, I felt …. See you soon.',
    );
    // Undo stays while the person only fills in the suggestion, and puts their own sentence back.
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByTestId('text').textContent).toBe('I miss you. You never call. See you soon.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('stops offering Undo once the person changes words outside the rewritten sentence', async () => {
    render(<Harness initial="I miss you. You never call." />);
    await userEvent.click(screen.getByRole('button', { name: /Use this/ }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    const input = field();
    input.setSelectionRange(0, 0);
    await userEvent.keyboard('Ravi, ');
    expect(screen.getByTestId('text').textContent?.startsWith('Ravi, I miss you.')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('undoes the suggestion when asked, straight after', async () => {
    render(<Harness initial="You never call." />);
    await userEvent.click(screen.getByRole('button', { name: /Use this/ }));
    expect(screen.getByTestId('text').textContent).toBe('When you …, I felt ….');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByTestId('text').textContent).toBe('You never call.');
  });

  it("types the suggestion in as one edit of the field, so the browser's own undo takes it back too", async () => {
    // A stand-in for the browser's edit command: it replaces the selection as typing would, then fires input.
    const edits: string[] = [];
    const original = document.execCommand;
    document.execCommand = ((command: string, _ui: boolean, text: string) => {
      const el = document.activeElement as HTMLTextAreaElement;
      edits.push(`${command}: ${el.value.slice(el.selectionStart, el.selectionEnd)} → ${text}`);
      const next = el.value.slice(0, el.selectionStart) + text + el.value.slice(el.selectionEnd);
      // The prototype's setter, as the browser's own edit: React then sees the change in the input event.
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(el, next);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    }) as typeof document.execCommand;
    try {
      render(<Harness initial="I miss you. You never call." />);
      await userEvent.click(screen.getByRole('button', { name: /Use this/ }));
      expect(edits).toEqual(['insertText: You never call. → When you …, I felt ….']);
      expect(screen.getByTestId('text').textContent).toBe('I miss you. When you …, I felt ….');
      expect(field().value.slice(field().selectionStart, field().selectionEnd)).toBe('…');
      // The browser's undo puts the words back; the field's own Undo then has nothing left to do.
      fireEvent.change(field(), { target: { value: 'I miss you. You never call.' } });
      expect(screen.getByTestId('text').textContent).toBe('I miss you. You never call.');
      expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    } finally {
      document.execCommand = original;
    }
  });

  it('shows no notes and no marks when the coach has nothing to say', () => {
    render(<CoachedTextArea label="Your words" value="I felt alone." onText={() => {}} findings={[]} />);
    expect(document.querySelector('mark')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
