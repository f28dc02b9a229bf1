import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { TextField } from '../../components/text-field';
import { fieldError, formError } from '../../lib/api-client';
import type { StatusLine, Visibility } from '../../lib/api-types';
import { formatDateTime } from '../../lib/format';
import { useSaveStatus } from './api';

const MAX = 280;

function audience(visibility: Visibility, hasPartner: boolean): string {
  if (visibility === 'private') return 'Only you will see this.';
  return hasPartner
    ? 'You and your partner will see this.'
    : 'Only you for now. Your partner will see it once they join.';
}

export function StatusForm({
  mine,
  hasPartner,
  partnerName,
  solo = false,
}: {
  mine: StatusLine | null;
  hasPartner: boolean;
  partnerName?: string | undefined;
  solo?: boolean;
}) {
  const save = useSaveStatus();
  const [text, setText] = useState(mine?.text ?? '');
  const [visibility, setVisibility] = useState<Visibility>(mine?.visibility ?? 'private');
  const [empty, setEmpty] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setEmpty(true);
    save.mutate({ text: text.trim(), visibility });
  };
  const general = formError(save.error, ['text', 'visibility']);

  return (
    <form className="form" onSubmit={submit} noValidate>
      {general ? <Notice tone="error">{general}</Notice> : null}
      <TextField
        label="A few words about today"
        hint={`Short is fine: "tired but okay", "a hard morning". Up to ${MAX} characters.`}
        maxLength={MAX}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setEmpty(false);
        }}
        error={empty ? 'Write a few words first, or leave it for now.' : fieldError(save.error, 'text')}
      />
      {solo ? (
        <p className="field-hint">Only you will see this.</p>
      ) : (
        <ChoiceGroup
          legend="Who can see it?"
          name="visibility"
          inline
          choices={[
            { value: 'private', label: 'Only me' },
            {
              value: 'partner',
              label: hasPartner && partnerName ? `Me and ${partnerName}` : 'My partner too',
            },
          ]}
          value={visibility}
          onChange={setVisibility}
          hint={audience(visibility, hasPartner)}
          error={fieldError(save.error, 'visibility')}
        />
      )}
      <Button type="submit" busy={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save'}
      </Button>
      {save.isSuccess ? <Notice tone="success">Saved. {audience(visibility, hasPartner)}</Notice> : null}
      {mine && !save.isSuccess ? (
        <p className="small">
          Last saved {formatDateTime(mine.at)} ·{' '}
          {mine.visibility === 'private' ? 'private' : 'shared with your partner'}
        </p>
      ) : null}
    </form>
  );
}
