import { Navigate } from 'react-router';
import { Button, ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { formError } from '../../lib/api-client';
import { useMe } from '../../lib/me';
import { useCreateInvite } from './api';
import { InviteDetails } from './invite-details';

export default function InvitePage() {
  const me = useMe();
  const create = useCreateInvite();
  if (!me.data) return <Loading />;
  const space = me.data.space;
  if (!space) return <Navigate to="/start/space" replace />;
  const invite = create.data ?? space.invite;
  const error = formError(create.error, []);

  return (
    <Page
      title="Invite your partner"
      tabTitle="Getting started"
      lead={<p>Send your partner the link or the code, in whatever way feels right. There is no rush.</p>}
      audience="Anyone with the link or code can join your space until it expires, so send it only to your partner."
    >
      {space.partner ? (
        <Notice tone="success">{space.partner.displayName} has already joined your space.</Notice>
      ) : invite ? (
        <Card title="Your invitation">
          <InviteDetails invite={invite} />
          {space.pastPartner ? (
            <p className="small">
              If someone new joins, what you shared before becomes private first, because it was shared with
              someone else. If the person who left comes back, it stays shared.
            </p>
          ) : null}
        </Card>
      ) : (
        <Card title="Ready when you are">
          {error ? <Notice tone="error">{error}</Notice> : null}
          <p>Mend will make a link and a short code that work once.</p>
          <Button busy={create.isPending} onClick={() => create.mutate()}>
            {create.isPending ? 'Making the invitation…' : 'Make an invitation'}
          </Button>
        </Card>
      )}
      <Card tone="calm">
        <p>You can also use Mend on your own, and invite your partner later — or never. That is up to you.</p>
      </Card>
      <div className="actions">
        <ButtonLink to="/today">Go to Today</ButtonLink>
      </div>
    </Page>
  );
}
