import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import type { Role } from '../../lib/api-types';
import { todayIso } from '../../lib/format';
import { useCreateSpace } from './api';
import { ROLE_HINT, roleChoices } from './role-choices';

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
      <ChoiceGroup
        legend="Which describes you?"
        name="role"
        choices={roleChoices}
        value={role}
        onChange={(value) => {
          setRole(value);
          setMissingRole(false);
        }}
        hint={ROLE_HINT}
        error={missingRole ? 'Please choose the one that fits you best.' : fieldError(create.error, 'role')}
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
