import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Checkbox } from '../../components/checkbox';
import { CopyButton } from '../../components/copy-button';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { type JournalKey, keys, saveJournalKey } from './api';
import { createJournalKey, type OpenJournal, recoverWithKey, unlockWithPassphrase } from './journal-crypto';

const MIN_PASSPHRASE = 10;

function useBusy() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Something went wrong. Please try again.');
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, setError };
}

function NewPassphrase({
  value,
  onChange,
  confirm,
  onConfirm,
  mismatch,
}: {
  value: string;
  onChange: (v: string) => void;
  confirm: string;
  onConfirm: (v: string) => void;
  mismatch: string | undefined;
}) {
  return (
    <>
      <TextField
        label="Journal passphrase"
        hint={`At least ${MIN_PASSPHRASE} characters. A few unrelated words are easy to remember and hard to guess. Use one you don't use anywhere else.`}
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <TextField
        label="The same passphrase again"
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => onConfirm(e.target.value)}
        error={mismatch}
      />
    </>
  );
}

function passphraseProblem(a: string, b: string): string | undefined {
  if (a.length < MIN_PASSPHRASE) return `Use at least ${MIN_PASSPHRASE} characters.`;
  if (a !== b) return 'The two passphrases are not the same.';
  return undefined;
}

/** First use: choose a passphrase; the key is made here and only its sealed form is saved. */
export function JournalSetup({ onDone }: { onDone: (recoveryKey: string, open: OpenJournal) => void }) {
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string>();
  const { busy, error, run } = useBusy();
  const queryClient = useQueryClient();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const p = passphraseProblem(pass, again);
    setProblem(p);
    if (p) return;
    void run(async () => {
      const made = await createJournalKey(pass);
      await saveJournalKey(made.key);
      queryClient.setQueryData(keys.journalKey, made.key);
      onDone(made.recoveryKey, made.open);
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>
        Your passphrase never leaves this device. If you forget it, only your recovery key can open the
        journal: nobody at Mend can.
      </p>
      <NewPassphrase
        value={pass}
        onChange={setPass}
        confirm={again}
        onConfirm={setAgain}
        mismatch={problem}
      />
      <Button type="submit" busy={busy}>
        {busy ? 'Sealing…' : 'Create my journal'}
      </Button>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </form>
  );
}

/** The recovery key, shown once; the journal opens when the person says it is safe. */
export function RecoveryKeyShown({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  return (
    <div className="form">
      <p>
        This is the only other way into your journal. It is shown once. Write it down or keep it somewhere
        only you can reach.
      </p>
      <p className="recovery-key">{recoveryKey}</p>
      <CopyButton text={recoveryKey} label="Copy the recovery key" />
      <Checkbox
        label="I have kept my recovery key somewhere safe"
        checked={saved}
        onChange={(e) => setSaved(e.target.checked)}
      />
      <Button onClick={onDone} aria-disabled={!saved || undefined} disabled={!saved}>
        Open my journal
      </Button>
    </div>
  );
}

export function JournalUnlock({
  journalKey,
  onOpen,
  onForgot,
}: {
  journalKey: JournalKey;
  onOpen: (o: OpenJournal) => void;
  onForgot: () => void;
}) {
  const [pass, setPass] = useState('');
  const { busy, error, run } = useBusy();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => onOpen(await unlockWithPassphrase(journalKey, pass)));
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label="Journal passphrase"
        type="password"
        autoComplete="current-password"
        value={pass}
        onChange={(e) => setPass(e.target.value)}
        error={error ?? undefined}
      />
      <div className="actions">
        <Button type="submit" busy={busy}>
          {busy ? 'Opening…' : 'Open'}
        </Button>
        <Button variant="quiet" onClick={onForgot}>
          I forgot my passphrase
        </Button>
      </div>
    </form>
  );
}

export function JournalRecover({
  journalKey,
  onDone,
  onCancel,
}: {
  journalKey: JournalKey;
  onDone: (recoveryKey: string, open: OpenJournal) => void;
  onCancel: () => void;
}) {
  const [recovery, setRecovery] = useState('');
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string>();
  const { busy, error, run } = useBusy();
  const queryClient = useQueryClient();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const p = passphraseProblem(pass, again);
    setProblem(p);
    if (p) return;
    void run(async () => {
      const next = await recoverWithKey(journalKey, recovery, pass);
      await saveJournalKey(next.key);
      queryClient.setQueryData(keys.journalKey, next.key);
      onDone(next.recoveryKey, next.open);
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        label="Recovery key"
        autoComplete="off"
        spellCheck={false}
        value={recovery}
        onChange={(e) => setRecovery(e.target.value)}
        error={error ?? undefined}
      />
      <p className="small">
        Then choose a new passphrase. You will get a new recovery key too; the old one stops working.
      </p>
      <NewPassphrase
        value={pass}
        onChange={setPass}
        confirm={again}
        onConfirm={setAgain}
        mismatch={problem}
      />
      <div className="actions">
        <Button type="submit" busy={busy}>
          {busy ? 'Opening…' : 'Open and set the new passphrase'}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Back
        </Button>
      </div>
    </form>
  );
}
