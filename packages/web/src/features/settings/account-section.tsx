import { useNavigate } from 'react-router';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { Notice } from '../../components/notice';
import type { User } from '../../lib/api-types';
import { useSignOut } from './api';

export function AccountSection({ user }: { user: User }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Card title="Your account">
      <dl className="details">
        <div>
          <dt>Name</dt>
          <dd>{user.displayName}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{user.email}</dd>
        </div>
      </dl>
      {signOut.error ? <Notice tone="error">{signOut.error.message}</Notice> : null}
      <Button
        variant="secondary"
        busy={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, { onSuccess: () => navigate('/welcome', { replace: true }) })
        }
      >
        Sign out
      </Button>
    </Card>
  );
}
