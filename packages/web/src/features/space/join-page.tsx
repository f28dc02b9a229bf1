import { useParams } from 'react-router';
import { ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';
import { withNext } from '../../lib/next-path';
import { JoinForm } from './join-form';

const LEAD = <p>Someone has invited you to share a space in Mend, a private place for rebuilding trust.</p>;

export default function JoinPage() {
  const { code = '' } = useParams();
  const me = useMe();
  const here = `/join/${encodeURIComponent(code)}`;

  if (me.isPending) return <Loading />;
  if (!me.data) {
    return (
      <Page title="You've been invited" tabTitle="Invitation" lead={LEAD}>
        <Card>
          <p>To join, first create your own account or sign in. You will come straight back here.</p>
          <div className="actions">
            <ButtonLink to={withNext('/sign-up', here)}>Create an account</ButtonLink>
            <ButtonLink to={withNext('/sign-in', here)} variant="secondary">
              Sign in
            </ButtonLink>
          </div>
        </Card>
      </Page>
    );
  }
  if (!me.data.safety.answered) {
    return (
      <Page title="You've been invited" tabTitle="Invitation" lead={LEAD}>
        <p>Before you join, one private question that only you will see.</p>
        <ButtonLink to={withNext('/start/question', here)}>Continue</ButtonLink>
      </Page>
    );
  }
  if (me.data.space) {
    return (
      <Page title="You've been invited" tabTitle="Invitation" lead={LEAD}>
        <Notice>
          You are already in a space. To join this one, first leave your current space in Settings.
        </Notice>
        <ButtonLink to="/today">Go to Today</ButtonLink>
      </Page>
    );
  }
  return <JoinForm code={code} />;
}
