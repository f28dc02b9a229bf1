import { useState } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../lib/me';
import { type Letter, useApologies, useGroundworkLive } from './api';
import { ApologyEditor } from './apology-editor';
import { ApologyResponseForm } from './apology-response';

function SentApology({ apology, onAmend }: { apology: Letter; onAmend?: (() => void) | undefined }) {
  return (
    <li className="entry">
      <p className="small">
        {/* The card's heading already names the partner. */}
        {apology.mine ? 'You sent this' : 'Sent'} · {formatDateTime(apology.sentAt ?? apology.createdAt)}
        {apology.amendsId ? <span className="gw-tag">An amendment</span> : null}
      </p>
      <p className="gw-text">{apology.text}</p>
      {apology.responses.map((r) => (
        <p key={r.id} className="gw-response">
          {r.mine ? 'Your answer' : `${r.authorName}’s answer`}:{' '}
          {r.kind === 'received' ? 'received' : 'it felt incomplete'}
          {r.text ? ` — “${r.text}”` : ''}
        </p>
      ))}
      {!apology.mine && !apology.responses.some((r) => r.mine) ? (
        <ApologyResponseForm apologyId={apology.id} />
      ) : null}
      {onAmend ? (
        <Button variant="quiet" onClick={onAmend}>
          Write an amendment
        </Button>
      ) : null}
    </li>
  );
}

export default function ApologyPage() {
  useGroundworkLive();
  const me = useMe();
  const list = useApologies();
  const [amending, setAmending] = useState<string | null>(null);
  const [justSent, setJustSent] = useState(false);
  if (!me.data?.space || !list.data) return <Loading />;
  const repairing = me.data.space.role === 'repairing';
  const partnerName = me.data.space.partner?.displayName ?? 'your partner';
  const drafts = list.data.apologies.filter((a) => a.status === 'draft');
  const sent = list.data.apologies.filter((a) => a.status === 'sent');
  return (
    <Page
      title="The apology"
      tabTitle="Groundwork"
      lead={
        repairing ? (
          <p>An apology that owns what happened, without excuses, and says what you will do now.</p>
        ) : (
          <p>
            Apologies {partnerName} has sent you. You can say you received one, or that it felt incomplete, or
            say nothing.
          </p>
        )
      }
      audience={repairing ? 'Drafts: only you. Once sent: you and your partner.' : 'You and your partner.'}
    >
      {repairing ? (
        <Card title={amending ? 'Amend your apology' : drafts[0] ? 'Your draft' : 'Write your apology'}>
          <ApologyEditor
            key={amending ?? drafts[0]?.id ?? 'new'}
            draft={amending ? undefined : drafts[0]}
            amendsId={amending ?? undefined}
            partnerName={partnerName}
            onDone={(sent) => {
              setAmending(null);
              setJustSent(sent);
            }}
          />
          {justSent ? (
            <Notice tone="success">Sent to {partnerName}. It is below, under Sent, as you wrote it.</Notice>
          ) : null}
        </Card>
      ) : null}
      <Card title={repairing ? 'Sent' : `From ${partnerName}`}>
        {sent.length === 0 ? (
          <p>No apology has been sent yet.</p>
        ) : (
          <ol className="gw-entries">
            {sent.map((a) => (
              <SentApology key={a.id} apology={a} onAmend={a.mine ? () => setAmending(a.id) : undefined} />
            ))}
          </ol>
        )}
        {repairing ? (
          <p className="small">
            A sent apology is kept as it was. To add to it, write an amendment; both stay.
          </p>
        ) : null}
      </Card>
    </Page>
  );
}
