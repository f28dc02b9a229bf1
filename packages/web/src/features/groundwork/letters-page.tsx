import { type FormEvent, useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { CoachedTextArea } from '../../components/coached-text-area';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { fieldError } from '../../lib/api-client';
import { useCoach } from '../../lib/coach';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/me';
import { type Letter, useGroundworkLive, useGroundworkWrite, useLetters } from './api';

const GUIDE = {
  impact: {
    title: 'Your impact letter',
    hint: 'What it did to you, what you lost, what you feel now, and what you need. It is yours; there is no right way.',
  },
  amends: {
    title: 'Your amends letter',
    hint: 'What you understand about the harm, what you are doing to repair it, and the signs of progress your partner can watch for.',
  },
};

function LetterEditor({
  kind,
  draft,
  partnerName,
  onSaved,
}: {
  kind: 'impact' | 'amends';
  draft?: Letter | undefined;
  partnerName: string;
  /** After a save; `sent` says whether it went to the partner or was kept as a draft. */
  onSaved: (sent: boolean) => void;
}) {
  const [text, setText] = useState(draft?.text ?? '');
  const create = useGroundworkWrite('POST', '/api/letters');
  const update = useGroundworkWrite<{ text: string; routeId: string }>(
    'PUT',
    (b) => `/api/letters/${b.routeId}`,
  );
  const send = useGroundworkWrite<{ routeId: string }>('POST', (b) => `/api/letters/${b.routeId}/send`);
  // The amends letter gets the apology coach. The impact letter gets none: it is the hurt partner's account of
  // what it did to them, and there is no wrong way to write it.
  const coach = useCoach('apology', kind === 'amends' ? text : '');
  const error = create.error ?? update.error ?? send.error;
  // As in the apology editor: while a save is on its way, another press would send (or create) a second letter.
  const busy = create.isPending || update.isPending || send.isPending;
  const save = async (sendNow: boolean) => {
    if (!draft) await create.mutateAsync({ kind, text, draft: !sendNow });
    else {
      await update.mutateAsync({ text, routeId: draft.id });
      if (sendNow) await send.mutateAsync({ routeId: draft.id });
    }
    // A letter sent is kept below as it was; the editor starts again empty, so it cannot be sent twice.
    if (sendNow) setText('');
    onSaved(sendNow);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(true).catch(() => {});
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <CoachedTextArea
        label={GUIDE[kind].title}
        hint={GUIDE[kind].hint}
        rows={8}
        maxLength={5000}
        value={text}
        onText={setText}
        findings={coach?.findings ?? null}
        error={fieldError(error, 'text')}
      />
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

export default function LettersPage() {
  useGroundworkLive();
  const me = useMe();
  const list = useLetters();
  // Said on the page, not in the editor: saving a first draft or sending one starts a new editor.
  const [saved, setSaved] = useState<'sent' | 'draft' | null>(null);
  if (!me.data?.space || !list.data) return <Loading />;
  const kind = me.data.space.role === 'hurt' ? 'impact' : 'amends';
  const partnerName = me.data.space.partner?.displayName ?? 'your partner';
  const draft = list.data.letters.find((l) => l.mine && l.status === 'draft');
  const sent = list.data.letters.filter((l) => l.status === 'sent');
  return (
    <Page
      title="Letters"
      tabTitle="Groundwork"
      lead={
        <p>A letter can say what is hard to say aloud. Write it slowly; send it only when you are ready.</p>
      }
      audience="Drafts: only you. Once sent: you and your partner."
    >
      <Card title={GUIDE[kind].title}>
        <LetterEditor
          key={draft?.id ?? 'new'}
          kind={kind}
          draft={draft}
          partnerName={partnerName}
          onSaved={(sent) => setSaved(sent ? 'sent' : 'draft')}
        />
        {saved === 'sent' ? (
          <Notice tone="success">Sent to {partnerName}. It is below, with the letters sent.</Notice>
        ) : saved === 'draft' ? (
          <Notice tone="success">Saved as a draft. Only you can see it.</Notice>
        ) : null}
      </Card>
      <Card title="Sent letters">
        {sent.length === 0 ? (
          <p>No letters have been sent yet.</p>
        ) : (
          <ol className="gw-entries">
            {sent.map((l) => (
              <li key={l.id} className="entry">
                <p className="small">
                  {l.kind === 'impact' ? 'Impact letter' : 'Amends letter'} ·{' '}
                  {l.mine ? 'from you' : `from ${l.authorName}`} · {formatDateTime(l.sentAt ?? l.createdAt)}
                </p>
                <p className="gw-text">{l.text}</p>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </Page>
  );
}
