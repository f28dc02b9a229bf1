import { ActionShell, partnerWord } from './action-shell';
import { MessagesCard } from './messages-card';
import { WindowsCard } from './windows-card';

/** Updates and reassurance: quick updates, asks, and the anxious times. */
export default function UpdatesPage() {
  return (
    <ActionShell
      title="Updates"
      lead={
        <p>
          A short message before it is asked for can save an evening of worry. Asking for reassurance is
          allowed too.
        </p>
      }
      audience="You and your partner. Updates, asks and anxious times are shared."
    >
      {(people) => (
        <>
          <MessagesCard role={people.role} partnerName={partnerWord(people)} />
          <WindowsCard role={people.role} partnerName={partnerWord(people)} />
        </>
      )}
    </ActionShell>
  );
}
