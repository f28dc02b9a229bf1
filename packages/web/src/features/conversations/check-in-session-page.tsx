import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { formError } from '../../lib/api-client';
import { useMe } from '../../lib/me';
import { useConversationsLive } from './api';
import './conversations.css';
import { useCurrentSession, useSession, useSessionWrites } from './session-api';
import { SessionView } from './session-view';

const lead = (
  <p>
    A check-in gives the hard talk a place and an end. Open this screen on both your phones; each step moves
    on both at once.
  </p>
);

function StartCard() {
  const { start } = useSessionWrites();
  return (
    <Card title="Start when you are both ready">
      <p>
        Sit down together, or call each other. Whoever starts, the other sees the same check-in on their own
        screen.
      </p>
      <div className="actions">
        <Button busy={start.isPending} onClick={() => void start.mutateAsync({ body: {} }).catch(() => {})}>
          Start our check-in
        </Button>
      </div>
      {start.error ? <Notice tone="error">{formError(start.error, [])}</Notice> : null}
    </Card>
  );
}

/** The live check-in: both partners on their own devices, kept on the same step. */
export default function CheckInSessionPage() {
  useConversationsLive();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const current = useCurrentSession();
  const id = params.get('session') ?? current.data?.session?.id ?? null;
  const session = useSession(id);
  useEffect(() => {
    // Remember the session in the address, so a reload after the end still shows the closing step.
    const openId = current.data?.session?.id;
    if (openId && openId !== params.get('session')) setParams({ session: openId }, { replace: true });
  }, [current.data, params, setParams]);
  if (!me.data || current.isPending) return <Loading />;
  const partner = me.data.space?.partner;
  const body = !partner ? (
    <Notice>A check-in is for the two of you. Once your partner has joined your space, it opens here.</Notice>
  ) : !id ? (
    <StartCard />
  ) : session.data ? (
    <SessionView session={session.data.session} />
  ) : (
    <Loading />
  );
  return (
    <Page
      title="Check-in"
      tabTitle="Talk"
      lead={lead}
      audience="You and your partner see the steps and the notes. Whether you felt heard stays private to you."
    >
      {body}
    </Page>
  );
}
