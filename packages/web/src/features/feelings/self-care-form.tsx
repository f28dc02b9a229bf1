import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '../../components/button';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { formError } from '../../lib/api-client';
import { useSaveSelfCare, useSelfCare } from './api';

/** The plan: small things that help, one per line, and one gentle daily reminder. */
export function SelfCareForm() {
  const plan = useSelfCare();
  const save = useSaveSelfCare();
  const [items, setItems] = useState('');
  const [time, setTime] = useState('');
  const [text, setText] = useState('');
  useEffect(() => {
    if (!plan.data) return;
    setItems(plan.data.items.join('\n'));
    setTime(plan.data.reminders[0]?.time ?? '');
    setText(plan.data.reminders[0]?.text ?? '');
  }, [plan.data]);
  if (plan.isPending) return <Loading />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      items: items
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, 30),
      reminders: time && text.trim() ? [{ time, weekdays: [0, 1, 2, 3, 4, 5, 6], text: text.trim() }] : [],
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field-label" htmlFor="self-care-items">
          Things that help me, one per line
        </label>
        <p className="field-hint" id="self-care-items-hint">
          A walk, enough sleep, a friend on Sundays, a class, time outside.
        </p>
        <textarea
          id="self-care-items"
          className="field-input"
          rows={5}
          aria-describedby="self-care-items-hint"
          value={items}
          onChange={(e) => setItems(e.target.value)}
        />
      </div>
      <TextField
        label="A daily reminder at"
        type="time"
        optional
        value={time}
        onChange={(e) => setTime(e.target.value)}
      />
      <TextField
        label="The reminder says"
        optional
        maxLength={120}
        value={text}
        onChange={(e) => setText(e.target.value)}
        hint="It appears on Today after that time."
      />
      <Button type="submit" busy={save.isPending}>
        Save my plan
      </Button>
      {save.isSuccess ? <Notice tone="success">Saved. Only you can see it.</Notice> : null}
      {formError(save.error, []) ? <Notice tone="error">{formError(save.error, [])}</Notice> : null}
    </form>
  );
}
