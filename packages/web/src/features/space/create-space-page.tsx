import { Navigate, useNavigate } from 'react-router';
import { ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';
import { CreateSpaceForm } from './create-space-form';
import { JoinCodeForm } from './join-code-form';

export default function CreateSpacePage() {
  const me = useMe();
  const navigate = useNavigate();
  if (!me.data) return <Loading />;
  // Also where a newly created space lands: straight on to the invitation.
  if (me.data.space) return <Navigate to={me.data.space.partner ? '/today' : '/start/invite'} replace />;
  return (
    <Page
      title="Set up your space"
      tabTitle="Getting started"
      lead={
        <p>
          A space is shared by the two of you. Start one and invite your partner, or join the one they
          started.
        </p>
      }
      audience="Your partner sees your name and the role you choose once they join. Everything else stays private unless you share it."
    >
      <Card title="Start a space">
        <CreateSpaceForm onCreated={() => navigate('/start/invite', { replace: true })} />
      </Card>
      <Card title="Join your partner">
        <JoinCodeForm />
      </Card>
      <Card title="Or use Mend on your own" tone="calm">
        <p>Every tool that does not need a partner works without one. You can set up a space later.</p>
        <ButtonLink to="/today" variant="secondary">
          Use Mend on my own
        </ButtonLink>
      </Card>
    </Page>
  );
}
