import { ButtonLink } from '../../components/button';
import { Card } from '../../components/card';
import { CopyButton } from '../../components/copy-button';
import type { Space } from '../../lib/api-types';
import { formatDateTime, roleWords } from '../../lib/format';

/** Said wherever someone may invite a new person into a space someone has left (the server does what it says). */
const PAST_PARTNER_NOTE =
  'If someone new joins, what you shared before becomes private first, because it was shared with someone else. You can share it again. If the person who left comes back, it stays shared.';

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
      {space.pastPartner ? (
        <>
          <p>No one else is in this space now. You're using Mend on your own, and that is fine.</p>
          <p className="small">{PAST_PARTNER_NOTE}</p>
        </>
      ) : (
        <p>Your partner hasn't joined yet. Until they do, you're using Mend on your own, and that is fine.</p>
      )}
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
