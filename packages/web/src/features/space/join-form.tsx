import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, ButtonLink } from '../../components/button';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { ApiError, fieldError, formError } from '../../lib/api-client';
import type { Role } from '../../lib/api-types';
import { formatDateTime } from '../../lib/format';
import { useAcceptInvite, useInvitePreview } from './api';
import { RoleChoice } from './role-choice';

const GONE =
  'This invitation can no longer be used. It may have expired or already been used. You can ask for a new one.';

export function JoinForm({ code }: { code: string }) {
  const preview = useInvitePreview(code, true);
  const accept = useAcceptInvite(code);
  const navigate = useNavigate();
  const [role, setRole] = useState<Role | null>(null);
  const [missing, setMissing] = useState(false);

  if (preview.isPending) return <Loading />;
  if (preview.isError) {
    const gone = preview.error instanceof ApiError && preview.error.status === 404;
    return (
      <Page
        title="This invitation can't be used"
        tabTitle="Invitation"
        lead={<p>{gone ? GONE : preview.error.message}</p>}
      >
        <ButtonLink to="/start/space">Set up my own space</ButtonLink>
      </Page>
    );
  }
  const { inviterName, expiresAt } = preview.data.invite;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!role) return setMissing(true);
    accept.mutate(role, { onSuccess: () => navigate('/today', { replace: true }) });
  };
  const general = formError(accept.error, ['role']);

  return (
    <Page
      title={`Join ${inviterName}'s space`}
      tabTitle="Invitation"
      lead={
        <p>
          {inviterName} invited you to a shared space in Mend, to work on this together. The invitation works
          until {formatDateTime(expiresAt)}.
        </p>
      }
      audience={`Once you join, ${inviterName} sees your name and your role. Everything else stays private unless you choose to share it. You can leave at any time.`}
    >
      <form className="form" onSubmit={submit} noValidate>
        {general ? <Notice tone="error">{general}</Notice> : null}
        <RoleChoice
          value={role}
          onChange={(value) => {
            setRole(value);
            setMissing(false);
          }}
          missing={missing}
          serverError={fieldError(accept.error, 'role')}
        />
        <Button type="submit" busy={accept.isPending}>
          {accept.isPending ? 'Joining…' : 'Join the space'}
        </Button>
      </form>
    </Page>
  );
}
