import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Notice } from '../../components/notice';
import { fieldError, formError } from '../../lib/api-client';
import { useCoach } from '../../lib/coach';
import { type Letter, useGroundworkWrite } from './api';
import { ApologyParts } from './apology-parts';

interface Props {
  draft?: Letter | undefined;
  amendsId?: string | undefined;
  partnerName: string;
  /** After a save; `sent` says whether it was sent to the partner or kept as a draft. */
  onDone?: (sent: boolean) => void;
}

type Save = { text: string; draft: boolean; amendsId?: string; routeId?: string };

/** Writing the apology: the coach reads along on the device; a draft stays yours until you send it. */
export function ApologyEditor({ draft, amendsId, partnerName, onDone }: Props) {
  const [text, setText] = useState(draft?.text ?? '');
  const analysis = useCoach('apology', text);
  const create = useGroundworkWrite<Save>('POST', '/api/apologies');
  const update = useGroundworkWrite<Save>('PUT', (b) => `/api/apologies/${b.routeId}`);
  const send = useGroundworkWrite<{ routeId: string }>('POST', (b) => `/api/apologies/${b.routeId}/send`);
  const error = create.error ?? update.error ?? send.error;
  const busy = create.isPending || update.isPending || send.isPending;

  const save = async (sendNow: boolean) => {
    if (draft) {
      await update.mutateAsync({ text, draft: true, routeId: draft.id });
      if (sendNow) await send.mutateAsync({ routeId: draft.id });
    } else {
      await create.mutateAsync({ text, draft: !sendNow, ...(amendsId ? { amendsId } : {}) });
    }
    // A sent apology is kept as it was; the editor starts again empty, so it cannot be sent twice.
    if (sendNow) setText('');
    onDone?.(sendNow);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(true).catch(() => {});
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <CoachedTextArea
        label={amendsId ? 'Your amendment' : 'Your apology'}
        hint="Say what you did, that it was yours to own, what it did to your partner, and what you will do now."
        rows={8}
        maxLength={5000}
        value={text}
        onText={setText}
        findings={analysis?.findings ?? null}
        error={fieldError(error, 'text')}
      >
        <ApologyParts analysis={analysis} />
      </CoachedTextArea>
      {formError(error, ['text']) ? <Notice tone="error">{formError(error, ['text'])}</Notice> : null}
      <div className="actions">
        <Button type="submit" busy={busy} disabled={!text.trim()}>
          Send to {partnerName}
        </Button>
        <Button
          variant="secondary"
          busy={busy}
          disabled={!text.trim()}
          onClick={() => void save(false).catch(() => {})}
        >
          Save as draft
        </Button>
      </div>
    </form>
  );
}
