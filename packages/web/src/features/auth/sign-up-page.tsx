import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';
import { safeNextPath, withNext } from '../../lib/next-path';
import { SignUpForm } from './sign-up-form';

export default function SignUpPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  // The private question comes straight after sign-up, before anything else.
  const onDone = () => navigate(withNext('/start/question', next), { replace: true });
  if (me.data?.safety.answered) return <Navigate to={safeNextPath(next)} replace />;
  return (
    <Page
      title="Create your account"
      tabTitle="Create an account"
      lead={<p>Your own account, separate from your partner's. You decide later whether to share a space.</p>}
      audience="Only you see your email. Your name is shown to a partner only if you invite one."
    >
      <SignUpForm onDone={onDone} />
      <p className="small">
        Already have an account? <Link to={withNext('/sign-in', next)}>Sign in</Link>
      </p>
    </Page>
  );
}
