import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import type { Role } from '../../lib/api-types';
import { todayIso } from '../../lib/format';
import { useCreateSpace } from './api';
import { RoleChoice } from './role-choice';

export function CreateSpaceForm({ onCreated }: { onCreated: () => void }) {
  const create = useCreateSpace();
  const [role, setRole] = useState<Role | null>(null);
  const [discoveredOn, setDiscoveredOn] = useState('');
  const [missingRole, setMissingRole] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!role) {
      setMissingRole(true);
      return;
    }
    create.mutate({ role, ...(discoveredOn ? { discoveredOn } : {}) }, { onSuccess: onCreated });
  };
  const general = formError(create.error, ['role', 'discoveredOn']);

  return (
    <form className="form" onSubmit={submit} noValidate>
      {general ? <Notice tone="error">{general}</Notice> : null}
      <RoleChoice
        value={role}
        onChange={(value) => {
          setRole(value);
          setMissingRole(false);
        }}
        missing={missingRole}
        serverError={fieldError(create.error, 'role')}
      />
      <TextField
        label="When did it come to light?"
        optional
        hint="Mend can count the days from then. You can add or change this later."
        type="date"
        max={todayIso()}
        value={discoveredOn}
        onChange={(event) => setDiscoveredOn(event.target.value)}
        error={fieldError(create.error, 'discoveredOn')}
      />
      <Button type="submit" busy={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create the space'}
      </Button>
    </form>
  );
}
