import { Navigate } from 'react-router';
import { ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';

export default function WelcomePage() {
  const me = useMe();
  if (me.data) return <Navigate to="/today" replace />;
  return (
    <Page
      title="Welcome to Mend"
      tabTitle="Welcome"
      lead={
        <p>
          Mend is a quiet, private place for two people finding their way back to trust after it was broken —
          one who was hurt, one who wants to repair it. You can also use it on your own.
        </p>
      }
    >
      <Card tone="calm">
        <p>
          <strong>Private by default.</strong> What you write here stays yours. Nothing is shared unless you
          choose to share it, and you can take it back.
        </p>
      </Card>
      <div className="actions">
        <ButtonLink to="/sign-up">Create an account</ButtonLink>
        <ButtonLink to="/sign-in" variant="secondary">
          Sign in
        </ButtonLink>
      </div>
      <p className="small">
        If you need to leave quickly, press <kbd>Esc</kbd> or use Quick exit at the top of every screen.
      </p>
    </Page>
  );
}
