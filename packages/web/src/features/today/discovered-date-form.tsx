import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import { todayIso } from '../../lib/format';
import { useSetDiscoveredOn } from './api';

export function DiscoveredDateForm({ initial, onDone }: { initial: string | null; onDone: () => void }) {
  const save = useSetDiscoveredOn();
  const [value, setValue] = useState(initial ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(value || null, { onSuccess: onDone });
  };
  const general = formError(save.error, ['discoveredOn']);
  return (
    <form className="form form-inline" onSubmit={submit} noValidate>
      {general ? <Notice tone="error">{general}</Notice> : null}
      <TextField
        label="When did it come to light?"
        type="date"
        max={todayIso()}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={fieldError(save.error, 'discoveredOn')}
      />
      <Button type="submit" variant="secondary" busy={save.isPending}>
        Save the date
      </Button>
    </form>
  );
}
