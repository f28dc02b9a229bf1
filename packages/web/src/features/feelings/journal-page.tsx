import { useState } from 'react';
import { Link } from 'react-router';
import { Card } from '../../components/card';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useJournalKey } from './api';
import type { OpenJournal } from './journal-crypto';
import { JournalRecover, JournalSetup, JournalUnlock, RecoveryKeyShown } from './journal-forms';
import { JournalOpen } from './journal-open';
import './feelings.css';

type Stage =
  | { kind: 'locked' }
  | { kind: 'recover' }
  | { kind: 'showKey'; recoveryKey: string; open: OpenJournal }
  | { kind: 'open'; open: OpenJournal };

/** The private journal: written, sealed and opened on this device only. */
export default function JournalPage() {
  const key = useJournalKey();
  const [stage, setStage] = useState<Stage>({ kind: 'locked' });
  const [lockedForQuiet, setLockedForQuiet] = useState(false);
  const shown = (recoveryKey: string, open: OpenJournal) => setStage({ kind: 'showKey', recoveryKey, open });
  return (
    <Page
      title="Private journal"
      tabTitle="Notes"
      lead={
        <p>
          A place for what you cannot say yet. Write freely: it is sealed on this device before it is saved.
        </p>
      }
      audience="Only you. Not your partner, not a therapist, not the people who run Mend: they hold only sealed text."
    >
      {key.isPending ? <Loading /> : null}
      {key.isError ? <Notice tone="error">{key.error.message}</Notice> : null}
      {lockedForQuiet && stage.kind === 'locked' ? (
        <Notice>Your journal locked itself after a few quiet minutes. Your passphrase opens it again.</Notice>
      ) : null}
      {key.isSuccess && !key.data && stage.kind === 'locked' ? (
        <Card title="Set up your journal">
          <JournalSetup onDone={shown} />
        </Card>
      ) : null}
      {key.data && stage.kind === 'locked' ? (
        <Card title="Open your journal">
          <JournalUnlock
            journalKey={key.data}
            onOpen={(open) => setStage({ kind: 'open', open })}
            onForgot={() => setStage({ kind: 'recover' })}
          />
        </Card>
      ) : null}
      {key.data && stage.kind === 'recover' ? (
        <Card title="Use your recovery key">
          <JournalRecover
            journalKey={key.data}
            onDone={shown}
            onCancel={() => setStage({ kind: 'locked' })}
          />
        </Card>
      ) : null}
      {stage.kind === 'showKey' ? (
        <Card title="Your recovery key" tone="care">
          <RecoveryKeyShown
            recoveryKey={stage.recoveryKey}
            onDone={() => setStage({ kind: 'open', open: stage.open })}
          />
        </Card>
      ) : null}
      {stage.kind === 'open' ? (
        <JournalOpen
          open={stage.open}
          onLock={(quiet) => {
            setLockedForQuiet(quiet);
            setStage({ kind: 'locked' });
          }}
        />
      ) : null}
      <p className="small">
        <Link to="/feelings">Back to Feelings</Link>
      </p>
    </Page>
  );
}
