import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { formatDateTime } from '../../lib/format';
import { deleteJournalEntry, type JournalEntry, keys, saveJournalEntry, useJournalEntries } from './api';
import { decryptEntry, encryptEntry, type OpenJournal } from './journal-crypto';

/** The journal locks itself after this long without a key press or a tap. */
export const JOURNAL_IDLE_MS = 5 * 60 * 1000;

type Opened = { entry: JournalEntry; text: string | null; problem: string | null };

function useIdleLock(onIdle: () => void): void {
  const latest = useRef(onIdle);
  latest.current = onIdle;
  useEffect(() => {
    const fire = () => latest.current();
    let timer = setTimeout(fire, JOURNAL_IDLE_MS);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(fire, JOURNAL_IDLE_MS);
    };
    const events = ['keydown', 'pointerdown', 'input'] as const;
    for (const e of events) window.addEventListener(e, reset);
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, reset);
    };
  }, []);
}

function useOpened(open: OpenJournal, entries: JournalEntry[] | undefined): Opened[] | null {
  const [opened, setOpened] = useState<Opened[] | null>(null);
  useEffect(() => {
    if (!entries) return;
    let live = true;
    void Promise.all(
      entries.map(async (entry) => {
        try {
          return { entry, text: (await decryptEntry(open, entry)).text, problem: null };
        } catch (e) {
          return { entry, text: null, problem: (e as Error).message };
        }
      }),
    ).then((list) => live && setOpened(list));
    return () => {
      live = false;
    };
  }, [open, entries]);
  return opened;
}

function exportOpened(opened: Opened[]): void {
  const lines = opened.map((o) => `# ${o.entry.createdAt}\n\n${o.text ?? `(${o.problem})`}\n`);
  const blob = new Blob([`Mend journal, exported ${new Date().toISOString()}\n\n${lines.join('\n')}`], {
    type: 'text/plain',
  });
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: 'journal.txt' });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The open journal: write, read, export (opened here, on the device) and lock. */
export function JournalOpen({ open, onLock }: { open: OpenJournal; onLock: (quiet: boolean) => void }) {
  const queryClient = useQueryClient();
  const entries = useJournalEntries(true);
  const opened = useOpened(open, entries.data);
  const [text, setText] = useState('');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | string>('idle');
  useIdleLock(() => onLock(true));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setState('saving');
    try {
      await saveJournalEntry(await encryptEntry(open, { text }));
      setText('');
      setState('saved');
      await queryClient.invalidateQueries({ queryKey: keys.journal });
    } catch (e) {
      setState((e as Error).message);
    }
  };
  const remove = async (id: string) => {
    await deleteJournalEntry(id);
    await queryClient.invalidateQueries({ queryKey: keys.journal });
  };
  return (
    <>
      <Card title="Write">
        <form className="form" onSubmit={submit} noValidate>
          <label className="field-label" htmlFor="journal-text">
            New entry
          </label>
          <textarea
            id="journal-text"
            className="field-input journal-text"
            rows={8}
            value={text}
            maxLength={200_000}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="actions">
            <Button type="submit" busy={state === 'saving'}>
              {state === 'saving' ? 'Sealing…' : 'Seal and save'}
            </Button>
            <Button variant="secondary" onClick={() => onLock(false)}>
              Lock
            </Button>
          </div>
          {state === 'saved' ? <Notice tone="success">Sealed and saved. Only you can open it.</Notice> : null}
          {!['idle', 'saving', 'saved'].includes(state) ? <Notice tone="error">{state}</Notice> : null}
        </form>
      </Card>
      <Card title="Entries">
        {!opened ? (
          <Loading />
        ) : opened.length === 0 ? (
          <p>No entries yet.</p>
        ) : (
          <ul className="journal-list">
            {opened.map((o) => (
              <li key={o.entry.id} className="journal-entry">
                <p className="small">
                  <time dateTime={o.entry.createdAt}>{formatDateTime(o.entry.createdAt)}</time>
                </p>
                {o.text !== null ? (
                  <p className="journal-entry-text">{o.text}</p>
                ) : (
                  <Notice tone="error">{o.problem}</Notice>
                )}
                <Button variant="quiet" onClick={() => void remove(o.entry.id)}>
                  Delete
                </Button>
              </li>
            ))}
          </ul>
        )}
        {opened?.length ? (
          <div className="actions">
            <Button variant="secondary" onClick={() => exportOpened(opened)}>
              Download as text (opened on this device)
            </Button>
          </div>
        ) : null}
      </Card>
    </>
  );
}
