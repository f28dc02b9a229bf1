import { CopyButton } from '../../components/copy-button';
import type { Invite } from '../../lib/api-types';
import { formatDateTime } from '../../lib/format';

export function InviteDetails({ invite }: { invite: Invite }) {
  return (
    <div className="invite">
      <dl className="invite-list">
        <div>
          <dt>Code</dt>
          <dd className="invite-code">{invite.code}</dd>
        </div>
        <div>
          <dt>Link</dt>
          <dd className="invite-url">{invite.url}</dd>
        </div>
        <div>
          <dt>Works until</dt>
          <dd>{formatDateTime(invite.expiresAt)}</dd>
        </div>
      </dl>
      <div className="actions">
        <CopyButton text={invite.url} label="Copy the link" />
        <CopyButton text={invite.code} label="Copy the code" />
      </div>
    </div>
  );
}
