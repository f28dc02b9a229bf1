import type { Recurrence } from '@mend/contracts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { type Commitment, type MenuItem, useActionWrite } from './api';
import { deviceTimeZone, fromLocalInput, laterToday } from './time';
import { RECURRENCE_LABELS } from './words';

type Repeat = Recurrence | 'once';
const REPEATS = (Object.keys(RECURRENCE_LABELS) as Repeat[]).map((value) => ({
  value,
  label: RECURRENCE_LABELS[value],
}));
const FIELDS = ['title', 'dueAt', 'recurrence', 'menuItemId', 'timeZone'];

interface Props {
  partnerName: string;
  /** A menu item the promise is made from, chosen on the menu. */
  fromMenu: MenuItem | null;
  onDone: () => void;
}

/** The repairing partner makes a promise: what, by when, how often, and (maybe) which menu item it answers. */
export function PromiseForm({ partnerName, fromMenu, onDone }: Props) {
  const [title, setTitle] = useState(fromMenu?.title ?? '');
  const [due, setDue] = useState(() => laterToday(new Date()));
  const [repeat, setRepeat] = useState<Repeat>('once');
  const make = useActionWrite<object, { commitment: Commitment }>('POST', '/api/commitments');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      title,
      dueAt: fromLocalInput(due),
      timeZone: deviceTimeZone(),
      ...(repeat === 'once' ? {} : { recurrence: repeat }),
      ...(fromMenu ? { menuItemId: fromMenu.id } : {}),
    };
    void make.mutateAsync({ body }).then(
      () => {
        setTitle('');
        onDone();
      },
      () => {},
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      {fromMenu ? (
        <p className="small">
          From {partnerName}’s list: “{fromMenu.title}”. You can word it your own way.
        </p>
      ) : null}
      <TextField
        label="What you will do"
        hint="Small and specific works best: something you can clearly do or not do."
        placeholder="Call when I leave the office"
        maxLength={300}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={fieldError(make.error, 'title')}
      />
      <TextField
        label="By when"
        type="datetime-local"
        value={due}
        onChange={(e) => setDue(e.target.value)}
        error={fieldError(make.error, 'dueAt')}
      />
      <ChoiceGroup
        legend="How often"
        name="recurrence"
        choices={REPEATS}
        value={repeat}
        onChange={setRepeat}
        error={fieldError(make.error, 'recurrence')}
        inline
      />
      <div className="actions">
        <Button type="submit" disabled={!title.trim() || !due} busy={make.isPending}>
          Make this promise
        </Button>
      </div>
      {formError(make.error, FIELDS) ? <Notice tone="error">{formError(make.error, FIELDS)}</Notice> : null}
    </form>
  );
}
