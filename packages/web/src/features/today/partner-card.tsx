import { ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { CopyButton } from '../../components/copy-button';
import type { Space } from '../../lib/api-types';
import { formatDateTime, roleWords } from '../../lib/format';

export function PartnerCard({ space }: { space: Space | null }) {
  if (!space) {
    return (
      <Card title="Your partner">
        <p>You're using Mend on your own. Everything here works without a partner.</p>
        <ButtonLink to="/start/space" variant="secondary">
          Set up a shared space
        </ButtonLink>
      </Card>
    );
  }
  if (space.partner) {
    const { displayName, role } = space.partner;
    return (
      <Card title="Your partner">
        <p>
          <strong>{displayName}</strong> {roleWords[role].theirs}. You are in this space together.
        </p>
      </Card>
    );
  }
  return (
    <Card title="Your partner">
      <p>Your partner hasn't joined yet. Until they do, you're using Mend on your own, and that is fine.</p>
      {space.invite ? (
        <>
          <p className="small">
            Your invitation works until {formatDateTime(space.invite.expiresAt)}. Code:{' '}
            <span className="invite-code">{space.invite.code}</span>
          </p>
          <div className="actions">
            <CopyButton text={space.invite.url} label="Copy the invitation link" />
          </div>
        </>
      ) : (
        <ButtonLink to="/start/invite" variant="secondary">
          Invite your partner
        </ButtonLink>
      )}
    </Card>
  );
}
