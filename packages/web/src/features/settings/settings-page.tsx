import { type ReactNode, Suspense } from 'react';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useMe } from '../../lib/me';
import { AccessLogSection } from './access-log-section';
import { AccountSection } from './account-section';
import { DeleteAccountSection } from './delete-account-section';
import { ExportSection } from './export-section';
import { LeaveSpaceSection } from './leave-space-section';
import { PrivacySection } from './privacy-section';
import { SafetyResetSection } from './safety-reset-section';

/** `notifications` comes from the Feelings feature, composed by the app router (features never import each other). */
export default function SettingsPage({
  notifications,
}: {
  notifications?: (partnerName: string) => ReactNode;
}) {
  const me = useMe();
  if (!me.data) return <Loading />;
  const { user, space } = me.data;
  return (
    <Page
      title="Settings"
      lead={<p>Your account, who can see what, and the controls that keep you safe.</p>}
      audience="Only you. Your partner gets no message about anything here. If you leave the space, they will see that you are no longer in it."
    >
      <AccountSection user={user} />
      <PrivacySection partnerName={space?.partner?.displayName} />
      {space?.partner && notifications ? (
        <Suspense fallback={null}>{notifications(space.partner.displayName)}</Suspense>
      ) : null}
      <AccessLogSection />
      <ExportSection />
      {space ? <LeaveSpaceSection partnerName={space.partner?.displayName} /> : null}
      <SafetyResetSection />
      <DeleteAccountSection />
    </Page>
  );
}
